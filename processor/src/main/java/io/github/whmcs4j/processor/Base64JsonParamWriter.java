package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.whmcs4j.processor.model.ParamModel;
import java.util.List;

/** Any JSON-like value, sent as base64 of its JSON text. */
final class Base64JsonParamWriter extends OneValueParamWriter {
    Base64JsonParamWriter(ParamModel model) {
        super(model);
    }

    @Override
    TypeName fieldType() {
        return ClassName.OBJECT;
    }

    @Override
    List<MethodSpec> setters(ClassName builderClass) {
        return List.of(setter(builderClass, name, ClassName.OBJECT, CodeBlock.of("this.$L = $L", name, name)));
    }

    @Override
    String wireDoc() {
        return " Sent as base64 of its JSON text: maps, lists, strings, numbers and booleans.";
    }

    @Override
    CodeBlock write() {
        return send("addBase64Json");
    }
}
