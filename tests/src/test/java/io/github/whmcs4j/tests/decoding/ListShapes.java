package io.github.whmcs4j.tests.decoding;

import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import io.github.whmcs4j.tests.decoding.Wire.Arr;
import io.github.whmcs4j.tests.decoding.Wire.Member;
import io.github.whmcs4j.tests.decoding.Wire.Obj;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites every list of a clean response in one of the shapes PHP and WHMCS give a list, whatever
 * the spec says the list is (wrapped as {@code clients.client[]} or bare as {@code users[]}); each
 * must decode to the same record as the clean form. Lists of raw ({@code any}) items keep their form:
 * with no fields to go by, an item cannot be told from a wrapper or an object keyed 0, 1, 2….
 */
enum ListShapes {
    /** A JSON array, with no wrapper; in XML, the list's element repeated. */
    ARRAY(true),
    /** WHMCS's wrapper object around the array, for bare lists too. */
    WRAPPER(true),
    /** The wrapper around an object keyed "0", "1", …, as PHP's json_encode writes a filtered array. */
    WRAPPED_INDEX_KEYS(false),
    /** An object keyed "0", "1", … with no wrapper. */
    INDEX_KEYS(false),
    /** Keys "0", "1", … out of order, as PHP keeps keys after a sort: items are read in key order. */
    SHUFFLED_INDEX_KEYS(false),
    /** The spec's own form, with a single item as a bare object instead of an array of one. */
    SPEC_FORM_ONE_AS_OBJECT(false);

    /** The wrapper key used where the spec says the list is bare. */
    static final String BARE_LIST_WRAPPER = "listitem";

    private final boolean inXml;

    ListShapes(boolean inXml) {
        this.inXml = inXml;
    }

    /** Whether XML can carry the shape (its element names cannot be "0", "1", …). */
    boolean inXml() {
        return inXml;
    }

    /**
     * The response with every list in this shape. In XML a wrapped list whose items have a field named
     * like the item key ({@code announcements.announcement[]} items have an {@code announcement}) keeps
     * its wrapper: without it, the item's field could not be told from the wrapper's key.
     */
    Obj response(CommandSpec command, Obj clean, boolean xml) {
        return object(command.response(), clean, xml);
    }

    private Obj object(Shape.ObjectShape shape, Obj clean, boolean xml) {
        Map<String, FieldSpec> fields = new HashMap<>();
        for (FieldSpec field : shape.fields()) {
            fields.put(field.name(), field);
        }
        List<Member> out = new ArrayList<>();
        for (Member member : clean.members()) {
            FieldSpec field = fields.get(member.name());
            out.add(field == null ? member : Wire.member(member.name(), value(field.shape(), member.value(), xml)));
        }
        return new Obj(out);
    }

    private Wire value(Shape shape, Wire clean, boolean xml) {
        if (shape instanceof Shape.ObjectShape object) {
            return object(object, (Obj) clean, xml);
        } else if (shape instanceof Shape.ListShape list) {
            return list(list, clean, xml);
        } else if (shape instanceof Shape.MapShape map) {
            List<Member> entries = new ArrayList<>();
            for (Member entry : ((Obj) clean).members()) {
                entries.add(Wire.member(entry.name(), value(map.value(), entry.value(), xml)));
            }
            return new Obj(entries);
        }
        return clean;
    }

    private Wire list(Shape.ListShape shape, Wire clean, boolean xml) {
        Arr array = (Arr) (shape.wrapped() ? ((Obj) clean).get(shape.itemKey()) : clean);
        List<Wire> items = new ArrayList<>();
        for (Wire item : array.items()) {
            items.add(value(shape.item(), item, xml));
        }
        boolean ambiguous = xml && shape.wrapped() && shape.item() instanceof Shape.ObjectShape item
                && item.fields().stream().anyMatch(field -> field.name().equals(shape.itemKey()));
        if (ambiguous || isRaw(shape.item())) { // raw items have no fields to tell an item from a wrapper by
            return shape.wrapped() ? Wire.obj(Wire.member(shape.itemKey(), new Arr(items))) : new Arr(items);
        }
        String wrapper = shape.wrapped() ? shape.itemKey() : BARE_LIST_WRAPPER;
        return switch (this) {
            case ARRAY -> new Arr(items);
            case WRAPPER -> Wire.obj(Wire.member(wrapper, new Arr(items)));
            case WRAPPED_INDEX_KEYS -> Wire.obj(Wire.member(wrapper, indexKeyed(items, false)));
            case INDEX_KEYS -> indexKeyed(items, false);
            case SHUFFLED_INDEX_KEYS -> indexKeyed(items, true);
            case SPEC_FORM_ONE_AS_OBJECT -> {
                Wire form = items.size() == 1 ? items.get(0) : new Arr(items);
                yield shape.wrapped() ? Wire.obj(Wire.member(shape.itemKey(), form)) : form;
            }
        };
    }

    private static boolean isRaw(Shape item) {
        return item instanceof Shape.Scalar scalar && scalar.type() == ScalarType.ANY;
    }

    /** {@code {"0": a, "1": b, …}}; reversed (keys "1", "0") when {@code outOfOrder}. */
    private static Obj indexKeyed(List<Wire> items, boolean outOfOrder) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            members.add(Wire.member(Integer.toString(i), items.get(i)));
        }
        if (outOfOrder) {
            Collections.reverse(members);
        }
        return new Obj(members);
    }
}
