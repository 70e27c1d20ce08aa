package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.whmcs4j.processor.model.ParamModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/** One map, sent as base64 of PHP {@code serialize()}; copied on the way in and out, so the request stays immutable. */
final class PhpSerializedParamWriter extends OneValueParamWriter {
    PhpSerializedParamWriter(ParamModel model) {
        super(model);
    }

    @Override
    TypeName fieldType() {
        return SERIALIZED_MAP;
    }

    @Override
    CodeBlock copyFromBuilder() {
        return CodeBlock.of("builder.$L == null ? null : $T.unmodifiableMap(new $T<>(builder.$L))",
                name, Collections.class, LinkedHashMap.class, name);
    }

    @Override
    CodeBlock copyToBuilder() {
        return CodeBlock.of("builder.$L = this.$L == null ? null : new $T<>(this.$L)", name, name, LinkedHashMap.class, name);
    }

    @Override
    List<MethodSpec> setters(ClassName builderClass) {
        return List.of(setter(builderClass, name, SERIALIZED_MAP,
                CodeBlock.of("this.$L = $L == null ? null : new $T<>($L)", name, name, LinkedHashMap.class, name)));
    }

    @Override
    String wireDoc() {
        return " Sent as base64 of PHP {@code serialize()} of the map.";
    }

    @Override
    CodeBlock write() {
        return send("addPhpSerialized");
    }
}
