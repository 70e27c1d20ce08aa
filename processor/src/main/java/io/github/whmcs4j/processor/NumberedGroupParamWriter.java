package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.processor.model.ParamModel;
import java.util.ArrayList;
import java.util.List;

/** Elements of a record nested in the request, element N sent as {@code member1N}, {@code member2N}, …. */
final class NumberedGroupParamWriter extends ListParamWriter {
    NumberedGroupParamWriter(ParamModel model) {
        super(model);
    }

    @Override
    TypeName elementType() {
        return model.nestedType();
    }

    @Override
    List<MethodSpec> adders(ClassName builderClass) {
        return List.of(setter(builderClass, model.adder(), model.nestedType(), addNonNull()),
                NumberedGroupWriter.adderFromMembers(model, builderClass, doc()));
    }

    @Override
    List<TypeSpec> nestedTypes() {
        List<TypeSpec> types = new ArrayList<>(super.nestedTypes());
        types.add(NumberedGroupWriter.elementRecord(model));
        return types;
    }

    @Override
    String wireDoc() {
        return NumberedGroupWriter.wireDoc(param);
    }

    @Override
    CodeBlock write() {
        return NumberedGroupWriter.write(model);
    }
}
