package io.github.whmcs4j.tests.decoding;

import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import io.github.whmcs4j.tests.decoding.Wire.Arr;
import io.github.whmcs4j.tests.decoding.Wire.Bool;
import io.github.whmcs4j.tests.decoding.Wire.Member;
import io.github.whmcs4j.tests.decoding.Wire.Num;
import io.github.whmcs4j.tests.decoding.Wire.Obj;
import io.github.whmcs4j.tests.decoding.Wire.Str;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a clean response the ways real WHMCS installations write the same data, at random, so that the result must decode to the same record: numbers as strings and the
 * reverse, every spelling of a boolean, dates with one-digit months, every empty form of an absent
 * value, one item where a list belongs, a bare array for a wrapped list, a PHP list for a map keyed
 * 0, 1, 2…, members in any order. Only forms the target format can carry are used: XML has no null,
 * no number type and no way to tell one item from a list of one.
 */
final class Quirks {
    enum Format {
        JSON, XML
    }

    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})( (\\d{2}):(\\d{2}):(\\d{2}))?");

    private final Random random;
    private final Format format;
    private final double rate;

    /** @param rate the chance of each value being rewritten */
    Quirks(Random random, Format format, double rate) {
        this.random = random;
        this.format = format;
        this.rate = rate;
    }

    private boolean chance() {
        return random.nextDouble() < rate;
    }

    private boolean json() {
        return format == Format.JSON;
    }

    Obj response(CommandSpec command, Obj clean) {
        return object(command.response(), clean);
    }

    private Obj object(Shape.ObjectShape shape, Obj clean) {
        Map<String, FieldSpec> fields = new HashMap<>();
        for (FieldSpec field : shape.fields()) {
            fields.put(field.name(), field);
        }
        List<Member> out = new ArrayList<>();
        for (Member member : clean.members()) {
            FieldSpec field = fields.remove(member.name());
            out.add(field == null ? member : Wire.member(member.name(), present(field.shape(), member.value())));
        }
        for (FieldSpec absent : fields.values()) {
            if (chance()) {
                Wire empty = absent(absent.shape());
                if (empty != null) {
                    out.add(random.nextInt(out.size() + 1), Wire.member(absent.name(), empty));
                }
            }
        }
        if (chance()) {
            Collections.shuffle(out, random);
        }
        return new Obj(out);
    }

    private Wire present(Shape shape, Wire clean) {
        if (shape instanceof Shape.Scalar scalar) {
            return chance() ? scalar(scalar.type(), clean) : clean;
        } else if (shape instanceof Shape.ObjectShape object) {
            return object(object, (Obj) clean);
        } else if (shape instanceof Shape.ListShape list) {
            return list(list, clean);
        }
        return map((Shape.MapShape) shape, (Obj) clean);
    }

    private Wire list(Shape.ListShape shape, Wire clean) {
        Arr array = (Arr) (shape.wrapped() ? ((Obj) clean).get(shape.itemKey()) : clean);
        List<Wire> items = new ArrayList<>();
        for (Wire item : array.items()) {
            items.add(present(shape.item(), item));
        }
        if (json() && chance()) {
            if (items.size() == 1 && random.nextBoolean()) {
                Wire single = items.get(0); // one item where a list belongs
                return shape.wrapped() ? Wire.obj(Wire.member(shape.itemKey(), single)) : single;
            }
            if (shape.wrapped()) {
                return new Arr(items); // a bare array where the wrapper belongs
            }
        }
        return shape.wrapped() ? Wire.obj(Wire.member(shape.itemKey(), new Arr(items))) : new Arr(items);
    }

    private Wire map(Shape.MapShape shape, Obj clean) {
        List<Member> entries = new ArrayList<>();
        boolean byIndex = true;
        for (int i = 0; i < clean.members().size(); i++) {
            Member entry = clean.members().get(i);
            byIndex &= entry.name().equals(Integer.toString(i));
            entries.add(Wire.member(entry.name(), present(shape.value(), entry.value())));
        }
        if (json() && byIndex && chance()) {
            return new Arr(entries.stream().map(Member::value).toList()); // what PHP writes for keys 0, 1, 2…
        }
        if (chance()) {
            Collections.shuffle(entries, random);
        }
        return new Obj(entries);
    }

    private Wire scalar(ScalarType type, Wire clean) {
        switch (type) {
            case INT:
            case LONG:
                return json() ? new Str(((Num) clean).literal()) : clean;
            case DECIMAL:
                return json() ? new Num(((Str) clean).text()) : clean;
            case BOOL: {
                boolean value = ((Bool) clean).value();
                List<Wire> spellings = value
                        ? List.of(new Num("1"), new Str("1"), new Str("true"), new Str("on"), new Str("yes"), new Str("True"))
                        : List.of(new Num("0"), new Str("0"), new Str("false"), new Str("off"), new Str("no"), new Str("False"));
                Wire spelled = spellings.get(random.nextInt(spellings.size()));
                return json() || !(spelled instanceof Num) ? spelled : new Str(((Num) spelled).literal());
            }
            case DATE:
            case DATETIME: {
                Matcher date = DATE_TIME.matcher(((Str) clean).text());
                if (!date.matches() || CleanResponses.ODD_DATES.contains(date.group())) {
                    return clean; // an odd form: kept raw, so it must stay exactly as it is
                }
                String day = Integer.parseInt(date.group(1)) + "-" + Integer.parseInt(date.group(2)) + "-"
                        + Integer.parseInt(date.group(3));
                if (date.group(4) == null) {
                    return new Str(random.nextBoolean() ? day : date.group(0) + " 00:00:00");
                }
                String separator = random.nextBoolean() ? " " : "T";
                return new Str(day + separator + Integer.parseInt(date.group(5)) + ":" + date.group(6) + ":" + date.group(7));
            }
            default:
                return clean; // text and raw values are kept exactly
        }
    }

    /** One of the forms WHMCS uses for "nothing" for this shape, or {@code null} to leave the field out. */
    private Wire absent(Shape shape) {
        List<Wire> forms = new ArrayList<>();
        boolean emptyText; // whether "" (XML's empty element) reads as absent for this shape: all but raw values
        if (shape instanceof Shape.Scalar scalar) {
            ScalarType type = scalar.type();
            emptyText = type != ScalarType.ANY;
            if (type == ScalarType.DATE || type == ScalarType.DATETIME) {
                forms.add(new Str("0000-00-00"));
                forms.add(new Str("0000-00-00 00:00:00"));
            }
        } else {
            emptyText = true;
            if (json()) {
                forms.add(new Arr(List.of()));
                forms.add(new Obj(List.of()));
                if (shape instanceof Shape.ListShape list && list.wrapped()) {
                    forms.add(Wire.obj(Wire.member(list.itemKey(), new Arr(List.of()))));
                    forms.add(Wire.obj(Wire.member(list.itemKey(), Wire.Null.NULL)));
                }
            } else {
                forms.add(new Obj(List.of()));
            }
        }
        if (json()) {
            forms.add(Wire.Null.NULL);
        }
        if (emptyText) {
            forms.add(new Str(""));
            forms.add(Wire.Null.NULL); // in XML, an empty element
        }
        return forms.isEmpty() ? null : forms.get(random.nextInt(forms.size()));
    }
}
