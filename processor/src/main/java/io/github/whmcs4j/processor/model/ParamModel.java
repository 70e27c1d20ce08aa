package io.github.whmcs4j.processor.model;

import com.palantir.javapoet.ClassName;
import io.github.whmcs4j.spec.model.ParamSpec;
import java.util.List;

/**
 * A request parameter with its Java names.
 *
 * @param spec the parameter as the spec gives it
 * @param member its field, accessor, builder field, setter and setter argument
 * @param adder the builder method that adds one element (arrays, groups), else {@code null}
 * @param putter the builder method that puts one entry (maps), else {@code null}
 * @param nestedType its enum or its group's element record, nested in the request; else {@code null}
 * @param enumValues the constants of its enum, empty when it has none
 * @param members the members of a numbered group, empty for other kinds
 */
public record ParamModel(ParamSpec spec, String member, String adder, String putter, ClassName nestedType,
                         List<EnumValueModel> enumValues, List<MemberModel> members) {
    public ParamModel {
        enumValues = List.copyOf(enumValues);
        members = List.copyOf(members);
    }
}
