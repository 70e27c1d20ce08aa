package io.github.whmcs4j.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import io.github.whmcs4j.processor.model.ParamModel;
import javax.lang.model.element.Modifier;

/** A parameter holding one value, {@code null} when unset: the same type in request and builder. */
abstract class OneValueParamWriter extends ParamWriter {
    OneValueParamWriter(ParamModel model) {
        super(model);
    }

    @Override
    final boolean oneValue() {
        return true;
    }

    @Override
    final FieldSpec builderField() {
        return FieldSpec.builder(fieldType(), name, Modifier.PRIVATE).build();
    }

    @Override
    CodeBlock copyFromBuilder() {
        return CodeBlock.of("builder.$L", name);
    }

    @Override
    CodeBlock copyToBuilder() {
        return CodeBlock.of("builder.$L = this.$L", name, name);
    }
}
