package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.whmcs4j.processor.model.ParamModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A list, empty when unset: the builder collects elements through its adders, and a setter taking a
 * collection replaces them all through the same adder.
 */
abstract class ListParamWriter extends ParamWriter {
    ListParamWriter(ParamModel model) {
        super(model);
    }

    /** The type of one element. */
    abstract TypeName elementType();

    /** The builder methods that add one element. */
    abstract List<MethodSpec> adders(ClassName builderClass);

    /** An adder's body: the element, which may not be {@code null}, appended. */
    final CodeBlock addNonNull() {
        return CodeBlock.of("this.$L.add($T.requireNonNull($L, $S))", name, Objects.class, name, name);
    }

    @Override
    final TypeName fieldType() {
        return ParameterizedTypeName.get(ClassName.get(List.class), elementType());
    }

    @Override
    final boolean oneValue() {
        return false;
    }

    @Override
    final FieldSpec builderField() {
        return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(ArrayList.class), elementType()), name,
                Modifier.PRIVATE, Modifier.FINAL).initializer("new $T<>()", ArrayList.class).build();
    }

    @Override
    final CodeBlock copyFromBuilder() {
        return CodeBlock.of("$T.copyOf(builder.$L)", List.class, name);
    }

    @Override
    final CodeBlock copyToBuilder() {
        return CodeBlock.of("builder.$L.addAll(this.$L)", name, name);
    }

    @Override
    final List<MethodSpec> setters(ClassName builderClass) {
        TypeName collection = ParameterizedTypeName.get(ClassName.get(Collection.class),
                WildcardTypeName.subtypeOf(elementType()));
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(setter(builderClass, name, collection, replaceAll(model.adder())));
        methods.addAll(adders(builderClass));
        return methods;
    }
}
