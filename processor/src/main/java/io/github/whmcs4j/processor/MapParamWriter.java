package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.whmcs4j.processor.model.ParamModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/** Typed values by key, sent as {@code name[key]}, in the order they were put; empty when unset. */
final class MapParamWriter extends ParamWriter {
    MapParamWriter(ParamModel model) {
        super(model);
    }

    private TypeName valueType() {
        return ResponseTypes.scalarType(param.type());
    }

    @Override
    TypeName fieldType() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), STRING, valueType());
    }

    @Override
    boolean oneValue() {
        return false;
    }

    @Override
    FieldSpec builderField() {
        return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(LinkedHashMap.class), STRING, valueType()), name,
                Modifier.PRIVATE, Modifier.FINAL).initializer("new $T<>()", LinkedHashMap.class).build();
    }

    @Override
    CodeBlock copyFromBuilder() {
        return CodeBlock.of("$T.unmodifiableMap(new $T<>(builder.$L))", Collections.class, LinkedHashMap.class, name);
    }

    @Override
    CodeBlock copyToBuilder() {
        return CodeBlock.of("builder.$L.putAll(this.$L)", name, name);
    }

    @Override
    List<MethodSpec> setters(ClassName builderClass) {
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, WildcardTypeName.subtypeOf(valueType()));
        MethodSpec.Builder put = MethodSpec.methodBuilder(model.putter())
                .addModifiers(Modifier.PUBLIC)
                .returns(builderClass)
                .addParameter(STRING, "key")
                .addParameter(primitiveFor(param.type()), "value")
                .addJavadoc("$L", doc())
                .addJavadoc("\n@param key the key in brackets\n@param value its value\n@return this builder\n")
                .addStatement("this.$L.put($T.requireNonNull(key, $S), $T.requireNonNull(value, $S))",
                        name, Objects.class, "key", Objects.class, "value")
                .addStatement("return this");
        deprecate(put);
        return List.of(setter(builderClass, name, map, replaceAll(model.putter())), put.build());
    }

    @Override
    String wireDoc() {
        return " Sent as " + Javadocs.code(param.name() + "[key]") + ".";
    }

    @Override
    CodeBlock write() {
        return send("addMap");
    }
}
