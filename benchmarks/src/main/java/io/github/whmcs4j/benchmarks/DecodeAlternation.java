package io.github.whmcs4j.benchmarks;

import io.github.whmcs4j.runtime.internal.ResponseDecoding;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import io.github.whmcs4j.sdk.WhmcsClient;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * This build's generated decoder against another build's (the baseline: the benchmarks jar of another
 * commit), in one JVM and on one thread, one decode of each in turn, each timed. Both sides meet
 * the same machine at the same moments, so a difference of a few percent shows, where separate forks
 * (even in {@link ForkRounds}) differ by up to a third on these shared two-core machines. Run it with
 * {@link Alternation}, which reports the ratio fork by fork.
 *
 * <p>The baseline's runtime and SDK classes are loaded from its jar by a class loader of their own, so
 * the JIT compiles the two sides separately; Jackson and the JDK are shared, as both builds use the
 * same versions. Setup checks that both sides decode the body to the same records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 4, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DecodeAlternation {
    /** Which response, as in {@link DecodeBenchmark}. */
    @Param({"GetClients", "GetInvoices"})
    public String command;

    /** The response type, as in {@link DecodeBenchmark}. */
    @Param({"json", "xml"})
    public String format;

    /** The baseline build's benchmarks jar (or a directory of its classes). */
    @Param("")
    public String baseline;

    private Command<?> subject;
    private TransportResponse response;
    /** The baseline's {@code ResponseDecoding.decode} bound to its command and response: {@code () -> Object}. */
    private MethodHandle baselineDecode;
    private boolean baselineFirst;

    /** Nanoseconds each side spent decoding in the iteration; JMH reports both, and {@link Alternation} their ratio. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Times {
        public long subjectNanos;
        public long baselineNanos;

        @Setup(Level.Iteration)
        public void reset() {
            subjectNanos = 0;
            baselineNanos = 0;
        }
    }

    @Setup
    public void setUp() throws Throwable {
        Path classes = Path.of(baseline);
        if (baseline.isEmpty() || !Files.exists(classes)) {
            throw new IllegalArgumentException("-p baseline=PATH: the baseline build's benchmarks jar; not found: \""
                    + baseline + "\"");
        }
        byte[] body = Payloads.response(command, format);
        subject = WhmcsClient.command(command).orElseThrow();
        response = new TransportResponse(200, body);
        baselineDecode = baselineDecoder(new BaselineLoader(classes.toUri().toURL()), command, body);
        String ours = String.valueOf(ResponseDecoding.decode(subject, response));
        String theirs = String.valueOf(baselineDecode.invoke());
        if (!ours.equals(theirs)) {
            throw new IllegalStateException(command + " " + format + ": the baseline decodes the body to other records;"
                    + " compare builds whose spec for " + command + " is the same");
        }
    }

    /** The baseline's decode of {@code body} as {@code command}, through its own classes. */
    private static MethodHandle baselineDecoder(ClassLoader loader, String command, byte[] body) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> commandType = loader.loadClass(Command.class.getName());
        Class<?> responseType = loader.loadClass(TransportResponse.class.getName());
        Object baselineCommand = ((Optional<?>) lookup.findStatic(loader.loadClass(WhmcsClient.class.getName()),
                "command", MethodType.methodType(Optional.class, String.class)).invoke(command)).orElseThrow();
        Object baselineResponse = lookup.findConstructor(responseType,
                MethodType.methodType(void.class, int.class, byte[].class)).invoke(200, body);
        MethodHandle decode = lookup.findStatic(loader.loadClass(ResponseDecoding.class.getName()), "decode",
                MethodType.methodType(Object.class, commandType, responseType));
        return MethodHandles.insertArguments(decode, 0, baselineCommand, baselineResponse);
    }

    @Benchmark
    public void alternate(Times times, Blackhole hole) throws Throwable {
        baselineFirst = !baselineFirst; // each side goes first every other time
        if (baselineFirst) {
            times.baselineNanos += baselineOnce(hole);
            times.subjectNanos += subjectOnce(hole);
        } else {
            times.subjectNanos += subjectOnce(hole);
            times.baselineNanos += baselineOnce(hole);
        }
    }

    private long subjectOnce(Blackhole hole) {
        long start = System.nanoTime();
        hole.consume(ResponseDecoding.decode(subject, response));
        return System.nanoTime() - start;
    }

    private long baselineOnce(Blackhole hole) throws Throwable {
        long start = System.nanoTime();
        hole.consume(baselineDecode.invoke());
        return System.nanoTime() - start;
    }

    /**
     * Loads the whmcs4j runtime and SDK from the baseline's classes, before its parent does; every
     * other class (Jackson, the JDK, JMH) comes from the parent, shared by both sides.
     */
    private static final class BaselineLoader extends URLClassLoader {
        private static final String[] OWN = {"io.github.whmcs4j.runtime.", "io.github.whmcs4j.sdk."};

        BaselineLoader(URL classes) {
            super(new URL[] {classes}, DecodeAlternation.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!isOwn(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private static boolean isOwn(String name) {
            for (String prefix : OWN) {
                if (name.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
