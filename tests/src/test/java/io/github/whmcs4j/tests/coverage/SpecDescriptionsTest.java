package io.github.whmcs4j.tests.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ParamSpec;
import io.github.whmcs4j.spec.model.Shape;
import io.github.whmcs4j.tests.reference.BundledSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every request parameter (numbered-group members included) and every response field of the
 * bundled spec, at every depth, has a description of its own, so that no generated member is
 * documented only by its name.
 */
class SpecDescriptionsTest {

    @Test
    void everyParameterAndResponseFieldIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        for (CommandSpec command : BundledSpec.commands().values()) {
            for (ParamSpec param : command.params()) {
                checkParam(command.name() + " parameter " + param.name(), param, undescribed);
            }
            for (FieldSpec field : command.response().fields()) {
                checkField(command.name() + " response " + field.name(), field, undescribed);
            }
        }
        assertEquals(List.of(), undescribed, undescribed.size() + " members are documented only by their name");
    }

    private static void checkParam(String where, ParamSpec param, List<String> undescribed) {
        if (!isReal(param.description(), param.name())) {
            undescribed.add(where);
        }
        for (ParamSpec member : param.members()) {
            checkParam(where + "." + member.name(), member, undescribed);
        }
    }

    private static void checkField(String where, FieldSpec field, List<String> undescribed) {
        if (!isReal(field.description(), field.name())) {
            undescribed.add(where);
        }
        checkShape(where, field.shape(), undescribed);
    }

    private static void checkShape(String where, Shape shape, List<String> undescribed) {
        if (shape instanceof Shape.ObjectShape object) {
            for (FieldSpec field : object.fields()) {
                checkField(where + "." + field.name(), field, undescribed);
            }
        } else if (shape instanceof Shape.ListShape list) {
            checkShape(where + "[]", list.item(), undescribed);
        } else if (shape instanceof Shape.MapShape map) {
            checkShape(where + "{}", map.value(), undescribed);
        }
    }

    /**
     * A description that says more than the member's own name: at least three words, and not the
     * name alone or the generated fallback ("the {@code x} field").
     */
    private static boolean isReal(String description, String name) {
        if (description == null || description.isBlank()) {
            return false;
        }
        String[] words = description.trim().split("\\s+");
        String text = description.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return words.length >= 3 && !text.equals(plain) && !text.equals("the" + plain)
                && !text.equals("the" + plain + "field") && !text.equals("the" + plain + "parameter");
    }
}
