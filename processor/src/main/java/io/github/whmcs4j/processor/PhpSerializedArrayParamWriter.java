package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.whmcs4j.processor.model.ParamModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/** Maps, each sent as base64 of PHP {@code serialize()}; each copied as it is added. */
final class PhpSerializedArrayParamWriter extends ListParamWriter {
    PhpSerializedArrayParamWriter(ParamModel model) {
        super(model);
    }

    @Override
    TypeName elementType() {
        return SERIALIZED_MAP;
    }

    @Override
    List<MethodSpec> adders(ClassName builderClass) {
        return List.of(setter(builderClass, model.adder(), SERIALIZED_MAP, CodeBlock.of("this.$L.add($T.unmodifiableMap(new $T<>($L)))",
                name, Collections.class, LinkedHashMap.class, name)));
    }

    @Override
    String wireDoc() {
        return " Each map is sent as base64 of PHP {@code serialize()}.";
    }

    @Override
    CodeBlock write() {
        return send("addPhpSerializedArray");
    }
}
