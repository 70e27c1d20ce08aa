package io.github.whmcs4j.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.processor.model.FacadeModel;
import io.github.whmcs4j.processor.model.SdkModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Builds and renders every Java file of a generated SDK from its model. The same model gives the
 * same files, in the same order.
 *
 * <p>Each file depends only on the (read-only) model, so files are built and rendered on the cores
 * the compiler leaves free while the calling thread hands the finished ones, in order, to the
 * compiler's {@code Filer}, which only that thread may use. When the next file to hand over is not
 * ready, the calling thread renders one itself: with two cores or more, writing overlaps rendering,
 * and with one the calling thread does both in turn.
 */
final class SdkGenerator {
    private static final String INDENT = "    ";

    /** A generated source file: the qualified name of its type, and its text. */
    record Source(String typeName, String text) {
    }

    /** Takes each finished file, on the thread that called {@link #generate}. */
    @FunctionalInterface
    interface Sink {
        void accept(Source source) throws IOException;
    }

    private SdkGenerator() {
    }

    /**
     * Hands every file of {@code model} to {@code sink}, in the model's order. Stops at the first
     * exception, from the sink or from building a file, and throws it.
     */
    static void generate(SdkModel model, Sink sink) throws IOException {
        generate(files(model), sink);
    }

    /** Builds and renders {@code files} as {@link #generate(SdkModel, Sink)} does. */
    static void generate(List<Supplier<JavaFile>> files, Sink sink) throws IOException {
        int count = files.size();
        List<CompletableFuture<Source>> rendered = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rendered.add(new CompletableFuture<>());
        }
        AtomicInteger nextToRender = new AtomicInteger();
        Runnable renderAhead = () -> {
            for (int i = nextToRender.getAndIncrement(); i < count; i = nextToRender.getAndIncrement()) {
                render(files.get(i), rendered.get(i));
            }
        };
        for (int helper = 0; helper < ForkJoinPool.getCommonPoolParallelism(); helper++) {
            ForkJoinPool.commonPool().execute(renderAhead);
        }
        try {
            for (int written = 0; written < count; written++) {
                CompletableFuture<Source> next = rendered.get(written);
                while (!next.isDone()) {
                    int i = nextToRender.getAndIncrement();
                    if (i >= count) {
                        break; // every file is taken; the next one is being rendered elsewhere
                    }
                    render(files.get(i), rendered.get(i));
                }
                sink.accept(join(next));
            }
        } finally {
            nextToRender.set(count); // after a failure, the helpers take nothing more
        }
    }

    /** Every file of {@code model}, in order, still to be built. */
    private static List<Supplier<JavaFile>> files(SdkModel model) {
        List<Supplier<JavaFile>> files = new ArrayList<>();
        for (FacadeModel facade : model.facades()) {
            String packageName = facade.className().packageName();
            for (CommandModel command : facade.commands()) {
                files.add(() -> file(packageName, RequestWriter.write(command)));
                files.add(() -> file(packageName, ResponseWriter.write(command)));
                files.add(() -> file(packageName, DecoderWriter.write(command)));
            }
            files.add(() -> file(packageName, FacadeWriter.write(facade)));
        }
        files.add(() -> file(model.client().packageName(), ClientWriter.write(model)));
        return files;
    }

    /**
     * Builds one file and renders it into memory as JavaPoet's {@code writeTo} would write it: JavaPoet
     * appends many small pieces, which a {@code Filer} writer would each pass through its encoder, and
     * one write of the whole text is cheaper.
     */
    private static void render(Supplier<JavaFile> file, CompletableFuture<Source> into) {
        try {
            JavaFile built = file.get();
            into.complete(new Source(built.packageName() + "." + built.typeSpec().name(), built.toString()));
        } catch (Throwable e) { // whatever it is, the thread waiting for this file must see it
            into.completeExceptionally(e);
        }
    }

    private static Source join(CompletableFuture<Source> rendered) {
        try {
            return rendered.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).indent(INDENT).skipJavaLangImports(true).build();
    }
}
