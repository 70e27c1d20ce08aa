package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.whmcs4j.processor.model.MemberModel;
import io.github.whmcs4j.processor.model.ParamModel;
import io.github.whmcs4j.spec.model.ParamSpec;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The parts of a request that a numbered group needs: a record for one element (its members in
 * wire order), an adder taking the members in that order, and the loop that sends element N as
 * {@code member1N}, {@code member2N}, … counting from 1.
 */
final class NumberedGroupWriter {
    private NumberedGroupWriter() {
    }

    /** How one element goes on the wire, for the group's Javadoc. */
    static String wireDoc(ParamSpec group) {
        return " Each element is sent as " + group.members().stream()
                .map(member -> Javadocs.code(member.name() + "1")).collect(Collectors.joining(", "))
                + " for the first, with suffix 2 for the second, and so on.";
    }

    static TypeSpec elementRecord(ParamModel model) {
        ParamSpec group = model.spec();
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addJavadoc("Checks that every required member is given.\n\n");
        StringBuilder doc = new StringBuilder("One element of ").append(Javadocs.code(group.name()))
                .append('.').append(wireDoc(group)).append("\n\n");
        for (MemberModel memberModel : model.members()) {
            ParamSpec member = memberModel.spec();
            String name = memberModel.component();
            components.addParameter(ParameterSpec.builder(ResponseTypes.scalarType(member.type()), name).build());
            doc.append("@param ").append(name).append(' ').append(memberDoc(memberModel)).append('\n');
            compact.addJavadoc("@param $L $L\n", name, memberDoc(memberModel));
            if (member.required()) {
                compact.addStatement("$T.requireNonNull($L, $S)", Objects.class, name, name);
            }
        }
        TypeSpec.Builder record = TypeSpec.recordBuilder(model.nestedType())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", doc)
                .recordConstructor(components.build());
        if (group.members().stream().anyMatch(ParamSpec::required)) {
            record.addMethod(compact.build());
        }
        return record.build();
    }

    private static String memberDoc(MemberModel model) {
        ParamSpec member = model.spec();
        String text = member.description() != null ? Javadocs.sentence(member.description())
                : "the " + Javadocs.code(member.name() + "N") + " parameter.";
        if (!model.component().equals(member.name()) && member.description() != null) {
            text += " Sent as " + Javadocs.code(member.name() + "N") + ".";
        }
        text += member.required() ? " Required." : " Optional: {@code null} leaves it out.";
        return member.unverified() ? text + Javadocs.UNVERIFIED_PARAM : text;
    }

    /** {@code addItem(description, amount, taxed)}: one element from its members, in wire order. */
    static MethodSpec adderFromMembers(ParamModel group, ClassName builderClass, String javadoc) {
        ClassName element = group.nestedType();
        String adder = group.adder();
        MethodSpec.Builder method = MethodSpec.methodBuilder(adder)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderClass)
                .addJavadoc("$L", javadoc)
                .addJavadoc("\n");
        List<String> names = group.members().stream().map(MemberModel::component).toList();
        for (MemberModel memberModel : group.members()) {
            ParamSpec member = memberModel.spec();
            TypeName type = member.required() ? ParamWriter.primitiveFor(member.type())
                    : ResponseTypes.scalarType(member.type());
            method.addParameter(type, memberModel.component());
            method.addJavadoc("@param $L $L\n", memberModel.component(), memberDoc(memberModel));
        }
        return method.addJavadoc("@return this builder\n")
                .addStatement("return $L(new $T($L))", adder, element, String.join(", ", names))
                .build();
    }

    /** Sends element N of the group as its members with suffix N, from 1; unset members are left out. */
    static CodeBlock write(ParamModel group) {
        CodeBlock.Builder code = CodeBlock.builder()
                .beginControlFlow("for (int number = 1; number <= this.$L.size(); number++)", group.member())
                .addStatement("var element = this.$L.get(number - 1)", group.member());
        for (MemberModel member : group.members()) {
            code.addStatement("form.add($S + number, element.$L())", member.spec().name(), member.component());
        }
        return code.endControlFlow().build();
    }
}
