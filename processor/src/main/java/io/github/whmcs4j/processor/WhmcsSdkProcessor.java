package io.github.whmcs4j.processor;

import com.google.auto.service.AutoService;
import io.github.whmcs4j.processor.model.ModelBuilder;
import io.github.whmcs4j.processor.model.ModelProblem;
import io.github.whmcs4j.spec.Diagnostic;
import io.github.whmcs4j.spec.LoadedSpecs;
import io.github.whmcs4j.spec.SpecLoader;
import io.github.whmcs4j.spec.SpecProblem;
import io.github.whmcs4j.spec.SpecSource;
import io.github.whmcs4j.spec.StandardSpec;
import io.github.whmcs4j.spec.model.SpecFile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Generates a WHMCS SDK for each package annotated {@code @WhmcsSdk}: loads the named spec files,
 * reports every problem in them as a compile error (file, line, column, and how to fix it), and only
 * when there is none writes the request classes, response records, decoders, facades and client.
 */
@AutoService(Processor.class)
public final class WhmcsSdkProcessor extends AbstractProcessor {
    /**
     * Only {@code @WhmcsSdk}, of class retention, as Gradle requires of an aggregating processor;
     * {@link GeneratedClaimProcessor} claims the {@code @Generated} of the generated files.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(RuntimeTypes.ANNOTATION);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(GenerationTimings.OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof PackageElement packageElement) {
                    generate(packageElement, mirror(packageElement));
                }
            }
        }
        return true;
    }

    private void generate(PackageElement target, AnnotationMirror annotation) {
        List<String> specPaths = new ArrayList<>();
        List<String> include = new ArrayList<>();
        boolean standard = false;
        String clientName = "WhmcsClient";
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : processingEnv.getElementUtils().getElementValuesWithDefaults(annotation).entrySet()) {
            Object value = entry.getValue().getValue();
            switch (entry.getKey().getSimpleName().toString()) {
                case "specs" -> strings(value, specPaths);
                case "include" -> strings(value, include);
                case "standard" -> standard = (Boolean) value;
                case "clientName" -> clientName = String.valueOf(value);
                default -> { }
            }
        }
        if (!SourceVersion.isIdentifier(clientName) || SourceVersion.isKeyword(clientName)) {
            error(target, annotation, "@WhmcsSdk(clientName = \"" + clientName + "\") is not a valid Java class name");
            return;
        }
        List<String> paths = new ArrayList<>(standard ? StandardSpec.RESOURCES : List.of());
        paths.addAll(specPaths);
        if (paths.isEmpty()) {
            error(target, annotation, "@WhmcsSdk names no spec: set standard = true for the WHMCS API, or list your"
                    + " spec files in specs");
            return;
        }

        GenerationTimings timings = GenerationTimings.start(processingEnv.getOptions());
        SpecResources resources = new SpecResources(processingEnv.getFiler(), WhmcsSdkProcessor.class.getClassLoader());
        List<SpecSource> sources = new ArrayList<>();
        boolean allFound = true;
        for (String path : paths) {
            try {
                sources.add(new SpecSource(path, resources.read(path)));
            } catch (SpecResources.NotFoundException e) {
                error(target, annotation, path + ": " + Diagnostic.NOT_FOUND.format(path, String.join(", ", e.searched()))
                        + " [" + Diagnostic.NOT_FOUND.code() + "]");
                allFound = false;
            } catch (IOException e) {
                error(target, annotation, path + ": could not be read: " + e.getMessage());
                allFound = false;
            }
        }
        LoadedSpecs specs = SpecLoader.load(sources);
        for (SpecProblem problem : specs.problems()) {
            error(target, annotation, problem.toString());
        }
        if (!allFound || !specs.isSound()) {
            return; // a half-generated SDK is worse than none
        }
        timings.phase("load");
        List<SpecFile> selected = Subset.select(specs.files(), include);
        Set<String> unknown = Subset.unknownNames(specs.files(), include);
        for (String name : unknown) {
            error(target, annotation, Diagnostic.UNKNOWN_INCLUDE.format(name, String.join(", ", Subset.categories(specs.files())))
                    + " [" + Diagnostic.UNKNOWN_INCLUDE.code() + "]");
        }
        if (!unknown.isEmpty()) {
            return;
        }

        ModelBuilder.Result model = model(selected, target.getQualifiedName().toString(), clientName);
        for (ModelProblem problem : model.problems()) {
            error(target, annotation, problem.toString());
        }
        if (!model.problems().isEmpty()) {
            return;
        }
        timings.phase("model");
        try {
            SdkGenerator.generate(model.model(), source -> {
                try (Writer out = processingEnv.getFiler().createSourceFile(source.typeName(), target).openWriter()) {
                    out.write(source.text());
                } catch (IOException e) {
                    throw new IOException("could not write " + source.typeName() + ": " + e.getMessage(), e);
                }
                timings.file(source.text());
            });
        } catch (IOException e) {
            error(target, annotation, e.getMessage());
            return;
        }
        timings.phase("files");
        if (timings.isOn()) {
            processingEnv.getMessager().printMessage(Kind.NOTE, timings.report(target.getQualifiedName().toString()));
        }
    }

    /**
     * The model of the SDK this processor generates from sound specs: every Java name it will use, or
     * the names that collide.
     */
    public static ModelBuilder.Result model(List<SpecFile> specs, String basePackage, String clientName) {
        return ModelBuilder.build(specs, basePackage, clientName, RuntimeTypes.SIMPLE_NAMES_IN_USE);
    }

    private static void strings(Object arrayValue, List<String> into) {
        for (Object value : (List<?>) arrayValue) {
            into.add(String.valueOf(((AnnotationValue) value).getValue()));
        }
    }

    private static AnnotationMirror mirror(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (mirror.getAnnotationType().toString().equals(RuntimeTypes.ANNOTATION)) {
                return mirror;
            }
        }
        throw new IllegalStateException("element carries no @WhmcsSdk: " + element);
    }

    private void error(Element element, AnnotationMirror annotation, String message) {
        processingEnv.getMessager().printMessage(Kind.ERROR, message, element, annotation);
    }
}
