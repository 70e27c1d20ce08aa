package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.whmcs4j.processor.model.ParamModel;
import io.github.whmcs4j.spec.model.ParamEncoding;
import java.util.List;

/** One typed value; with documented values, a second setter takes the enum. */
final class ScalarParamWriter extends OneValueParamWriter {
    ScalarParamWriter(ParamModel model) {
        super(model);
    }

    @Override
    TypeName fieldType() {
        return ResponseTypes.scalarType(param.type());
    }

    @Override
    List<MethodSpec> setters(ClassName builderClass) {
        return typedAndEnum(builderClass, name, CodeBlock.of("this.$L = $L", name, name),
                CodeBlock.of("this.$L = $L == null ? null : $L.wireValue()", name, name, name));
    }

    @Override
    String wireDoc() {
        return isPresenceFlag() ? " Only true is sent (as {@code 1}); false leaves it out, so WHMCS keeps its default or"
                + " the current value." : "";
    }

    @Override
    CodeBlock write() {
        return send(isPresenceFlag() ? "addPresenceFlag" : "add");
    }

    private boolean isPresenceFlag() {
        return param.encoding() == ParamEncoding.PRESENCE;
    }
}
