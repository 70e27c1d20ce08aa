package io.github.whmcs4j.processor;

import com.google.auto.service.AutoService;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Claims {@code @Generated}, which every generated file carries, so that javac's
 * {@code -Xlint:processing} has no unclaimed annotation to warn about. It is a processor of its own,
 * declared isolating to Gradle (it writes nothing), because {@code @Generated} has source retention:
 * an aggregating processor that handled it would make every Gradle build a full recompilation.
 */
@AutoService(Processor.class)
public final class GeneratedClaimProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(RuntimeTypes.GENERATED.canonicalName());
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return true;
    }
}
