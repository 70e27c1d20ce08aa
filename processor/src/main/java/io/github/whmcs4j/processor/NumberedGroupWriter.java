package io.github.whmcs4j.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
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

    /** The nested record of one element, such as {@code CreateInvoiceRequest.Item}. */
    static ClassName elementClass(ParamSpec group, ClassName requestClass) {
        return requestClass.nestedClass(RequestWriter.nestedTypeName(group));
    }

    static String memberName(ParamSpec member) {
        return JavaNames.member(member.javaName() != null ? member.javaName() : member.name());
    }

    /** How one element goes on the wire, for the group's Javadoc. */
    static String wireDoc(ParamSpec group) {
        return " Each element is sent as " + group.members().stream()
                .map(member -> "{@code " + Javadocs.escape(member.name()) + "1}").collect(Collectors.joining(", "))
                + " for the first, with suffix 2 for the second, and so on.";
    }

    static TypeSpec elementRecord(ParamSpec group, ClassName requestClass) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        MethodSpec.Builder compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        StringBuilder params = new StringBuilder();
        for (ParamSpec member : group.members()) {
            String name = memberName(member);
            components.addParameter(ParameterSpec.builder(ResponsePlan.scalarType(member.type()), name).build());
            params.append("@param ").append(name).append(' ').append(memberDoc(member)).append('\n');
            if (member.required()) {
                compact.addStatement("$T.requireNonNull($L, $S)", Objects.class, name, name);
            }
        }
        TypeSpec.Builder record = TypeSpec.recordBuilder(elementClass(group, requestClass))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("One element of {@code $L}.$L\n\n$L", Javadocs.escape(group.name()), wireDoc(group), params)
                .recordConstructor(components.build());
        if (group.members().stream().anyMatch(ParamSpec::required)) {
            // Documented like every other public member, with the components' @param lines, for doclint.
            record.addMethod(compact.addJavadoc("Checks that the required members are given.\n\n$L", params).build());
        }
        return record.build();
    }

    private static String memberDoc(ParamSpec member) {
        String text = member.description() != null ? Javadocs.sentence(member.description())
                : "the {@code " + Javadocs.escape(member.name()) + "N} parameter.";
        if (member.javaName() != null && member.description() != null) {
            text += " Sent as {@code " + Javadocs.escape(member.name()) + "N}.";
        }
        text += member.required() ? " Required." : " Optional: {@code null} leaves it out.";
        return member.unverified() ? text + Javadocs.UNVERIFIED_PARAM : text;
    }

    /** {@code addItem(description, amount, taxed)}: one element from its members, in wire order. */
    static MethodSpec adderFromMembers(ParamSpec group, ClassName builderClass, ClassName requestClass, String adder,
                                       String javadoc) {
        ClassName element = elementClass(group, requestClass);
        MethodSpec.Builder method = MethodSpec.methodBuilder(adder)
                .addModifiers(Modifier.PUBLIC)
                .returns(builderClass)
                .addJavadoc("$L", javadoc)
                .addJavadoc("\n");
        List<String> names = group.members().stream().map(NumberedGroupWriter::memberName).toList();
        for (ParamSpec member : group.members()) {
            TypeName type = member.required() ? RequestWriter.primitiveFor(member.type())
                    : ResponsePlan.scalarType(member.type());
            method.addParameter(type, memberName(member));
            method.addJavadoc("@param $L $L\n", memberName(member), memberDoc(member));
        }
        return method.addJavadoc("@return this builder\n")
                .addStatement("return $L(new $T($L))", adder, element, String.join(", ", names))
                .build();
    }

    /** Sends element N of the group as its members with suffix N, from 1; unset members are left out. */
    static CodeBlock write(ParamSpec group, String fieldName) {
        CodeBlock.Builder code = CodeBlock.builder()
                .beginControlFlow("for (int number = 1; number <= $L.size(); number++)", fieldName)
                .addStatement("var element = $L.get(number - 1)", fieldName);
        for (ParamSpec member : group.members()) {
            code.addStatement("form.add($S + number, element.$L())", member.name(), memberName(member));
        }
        return code.endControlFlow().build();
    }
}
