package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.whmcs4j.processor.model.ParamModel;
import io.github.whmcs4j.spec.model.ParamEncoding;
import java.util.List;

/** Typed values, sent as {@code name[0]}, {@code name[1]}, … or as one comma-separated value. */
final class ArrayParamWriter extends ListParamWriter {
    ArrayParamWriter(ParamModel model) {
        super(model);
    }

    @Override
    TypeName elementType() {
        return ResponseTypes.scalarType(param.type());
    }

    @Override
    List<MethodSpec> adders(ClassName builderClass) {
        return typedAndEnum(builderClass, model.adder(), addNonNull(), CodeBlock.of("this.$L.add($L.wireValue())", name, name));
    }

    @Override
    String wireDoc() {
        return isCommaSeparated() ? " Sent as one comma-separated value."
                : " Sent as " + Javadocs.code(param.name() + "[0]") + ", {@code [1]}, ….";
    }

    @Override
    CodeBlock write() {
        return send(isCommaSeparated() ? "addCommaSeparated" : "addArray");
    }

    private boolean isCommaSeparated() {
        return param.encoding() == ParamEncoding.CSV;
    }
}
