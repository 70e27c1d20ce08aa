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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates the clean form of a command's response from its spec shape: every value in its tidy
 * form (ids as numbers, money as decimal strings, booleans as {@code true}/{@code false}, lists in
 * WHMCS's wrapper), absent fields left out, and, as real responses have them, fields the spec does
 * not know and dates in forms no parser takes. {@link Quirks} then rewrites it the ways WHMCS does.
 */
final class CleanResponses {
    /** Dates in forms WHMCS sends that are not dates the SDK can read: kept raw, never failing. */
    static final List<String> ODD_DATES = List.of("17/05/2019 10:01", "17/05/2019", "02/25", "1558087260",
            "<span class=\"label label-default\">Never</span>", "2019-02-30", "2019-02-30 10:00:00", "N/A", "never",
            "2024-03-01T10:00:00+02:00", "2024-03-01 10:00:00 UTC");

    private static final List<String> WORDS = List.of("Ada", "Lovelace", "Grace", "Hopper", "example.com", "Active",
            "Pending", "paypal", "Analytical &amp; Co", "O&#039;Brien", "José", "Müller", "Straße", "東京", "😀 ok",
            "a < b > c & d", "\"quoted\"", "it's", "https://billing.example.com/cart.php?a=add&pid=1",
            "{\"score\":1}", "line one\nline two", "tab\there", "  padded  ", "", " ", "$15.95 USD", "£9.95 GBP",
            "<b>bold</b>", "]]> not the end", "&lt;escaped&gt;", "0", "1", "true", "null", "2024-03-01",
            "ns1.example.net,ns2.example.net", "Ümlaut & Ñ", "€100", "¡Hola!", "日本語テキスト");

    /** Keys of maps keyed by data that are also XML element names. */
    private static final List<String> MAP_KEYS = List.of("com", "net", "org", "co.uk", "io", "USD", "GBP", "EUR",
            "open", "answered", "onhold", "customerreply", "k1", "y2024-03-01");

    /** How big and how full the generated responses are; smaller sizes shrink a failing case. */
    record Size(int maxItems, double present, double unknown, double oddDates) {
        static final Size DEFAULT = new Size(3, 0.75, 0.15, 0.1);

        Size smaller() {
            return new Size(Math.max(1, maxItems - 1), present * 0.6, unknown * 0.5, oddDates * 0.5);
        }
    }

    private final Random random;
    private final Size size;
    /** Whether maps may be keyed 0, 1, 2…: XML cannot carry such keys as element names. */
    private final boolean indexKeys;

    /** @param indexKeys whether maps may be keyed 0, 1, 2… (for JSON only) */
    CleanResponses(Random random, Size size, boolean indexKeys) {
        this.random = random;
        this.size = size;
        this.indexKeys = indexKeys;
    }

    /** The clean response of {@code command}, with its envelope. */
    Obj response(CommandSpec command) {
        List<Member> members = new ArrayList<>();
        switch (command.envelope()) {
            case "result" -> members.add(Wire.member("result", new Str("success")));
            case "status" -> members.add(Wire.member("status", new Str("success")));
            default -> {
            }
        }
        Set<String> reserved = new HashSet<>(Set.of("result", "message", "status", "action", "version"));
        members.addAll(object(command.response(), reserved).members());
        return new Obj(members);
    }

    /** An object of the shape; {@code reserved} names are not used for unknown fields. */
    Obj object(Shape.ObjectShape shape, Set<String> reserved) {
        List<Member> members = new ArrayList<>();
        Set<String> taken = new HashSet<>(reserved);
        for (FieldSpec field : shape.fields()) {
            taken.add(field.name());
            if (random.nextDouble() < size.present()) {
                members.add(Wire.member(field.name(), value(field.shape())));
            }
        }
        if (members.isEmpty() && !shape.fields().isEmpty() && reserved.isEmpty()) {
            // An item without one field of the spec is not taken for an item: real ones have an id at least.
            FieldSpec first = shape.fields().get(random.nextInt(shape.fields().size()));
            members.add(Wire.member(first.name(), value(first.shape())));
        }
        if (random.nextDouble() < size.unknown()) {
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                String name = unknownName(taken);
                taken.add(name);
                members.add(random.nextInt(members.size() + 1), Wire.member(name, rawValue(2)));
            }
        }
        return new Obj(members);
    }

    /** A present value of the shape; objects, lists and maps are never empty here. */
    Wire value(Shape shape) {
        if (shape instanceof Shape.Scalar scalar) {
            return scalar(scalar.type());
        } else if (shape instanceof Shape.ObjectShape object) {
            return object(object, Set.of());
        } else if (shape instanceof Shape.ListShape list) {
            List<Wire> items = new ArrayList<>();
            int count = 1 + random.nextInt(size.maxItems());
            for (int i = 0; i < count; i++) {
                items.add(item(list.item()));
            }
            Arr array = new Arr(items);
            return list.wrapped() ? Wire.obj(Wire.member(list.itemKey(), array)) : array;
        }
        Shape.MapShape map = (Shape.MapShape) shape;
        int count = 1 + random.nextInt(size.maxItems());
        List<Member> entries = new ArrayList<>();
        boolean byIndex = indexKeys && random.nextInt(6) == 0;
        List<String> keys = new ArrayList<>(MAP_KEYS);
        for (int i = 0; i < count; i++) {
            String key = byIndex ? Integer.toString(i) : keys.remove(random.nextInt(keys.size()));
            entries.add(Wire.member(key, item(map.value())));
        }
        return new Obj(entries);
    }

    /** A list item or map value: never one of the empty forms, which the decoder leaves out. */
    private Wire item(Shape shape) {
        if (shape instanceof Shape.Scalar scalar && scalar.type() == ScalarType.STRING) {
            String text;
            do {
                text = string();
            } while (text.isBlank());
            return new Str(text);
        }
        if (shape instanceof Shape.Scalar scalar && scalar.type() == ScalarType.ANY) {
            Wire raw;
            do {
                raw = rawValue(1); // a list inside a list has no XML form
            } while (raw instanceof Arr || (raw instanceof Str str && str.text().isBlank()));
            return raw;
        }
        return value(shape);
    }

    private Wire scalar(ScalarType type) {
        return switch (type) {
            case STRING -> new Str(string());
            case INT -> new Num(Integer.toString(switch (random.nextInt(4)) {
                case 0 -> random.nextInt(10);
                case 1 -> random.nextInt(100_000);
                case 2 -> random.nextInt();
                default -> random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            }));
            case LONG -> new Num(Long.toString(switch (random.nextInt(5)) {
                case 0 -> random.nextInt(1000);
                case 1 -> 4_294_967_296L + random.nextInt(Integer.MAX_VALUE); // past 32 bits, like order numbers
                case 2 -> random.nextLong();
                case 3 -> random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
                default -> random.nextInt(100_000);
            }));
            case DECIMAL -> new Str(decimal());
            case BOOL -> new Bool(random.nextBoolean());
            case DATE -> new Str(random.nextDouble() < size.oddDates() ? odd() : date().toString());
            case DATETIME -> new Str(random.nextDouble() < size.oddDates() ? odd()
                    : String.format(Locale.ROOT, "%s %02d:%02d:%02d", date(), random.nextInt(24), random.nextInt(60),
                            random.nextInt(60)));
            case ANY -> rawField();
        };
    }

    /**
     * A value of an {@code any} field. Not a list: XML writes a list as the field's element repeated,
     * and generated decoders keep only the last occurrence of a typed field (the runtime's
     * {@code readRaw(previous)} would join them, but the processor does not call it yet).
     */
    private Wire rawField() {
        Wire raw;
        do {
            raw = rawValue(2);
        } while (raw instanceof Arr);
        return raw;
    }

    private String odd() {
        return ODD_DATES.get(random.nextInt(ODD_DATES.size()));
    }

    private LocalDate date() {
        return LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40 * 366));
    }

    private String decimal() {
        switch (random.nextInt(6)) {
            case 0:
                return "-1.00";
            case 1:
                return "0.00";
            case 2:
                return "0.000";
            default:
                BigDecimal value = BigDecimal.valueOf(random.nextLong() % 10_000_000_000L, random.nextInt(6));
                return value.toPlainString();
        }
    }

    private String string() {
        if (random.nextInt(4) == 0) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append((char) (' ' + random.nextInt(95)));
            }
            return text.toString();
        }
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    /**
     * A value for a field the spec does not know (or an {@code any} field), in the forms that JSON
     * and XML carry alike: text, a number, an object of those, or a list of two or more texts.
     */
    private Wire rawValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 5 : 2);
        switch (kind) {
            case 0:
                return new Str(string());
            case 1:
                return new Num(Integer.toString(random.nextInt(1000)));
            case 2:
            case 3: {
                List<Member> members = new ArrayList<>();
                Set<String> taken = new HashSet<>();
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    String name = unknownName(taken);
                    taken.add(name);
                    members.add(Wire.member(name, rawValue(depth - 1)));
                }
                return new Obj(members);
            }
            default: {
                List<Wire> items = new ArrayList<>();
                int count = 2 + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    String text;
                    do {
                        text = string();
                    } while (text.isBlank());
                    items.add(new Str(text));
                }
                return new Arr(items);
            }
        }
    }

    private String unknownName(Set<String> taken) {
        String[] stems = {"newfield", "customfields", "x_whmcs_extra", "warnings", "meta", "Registrant", "lastlogin_at"};
        String name;
        do {
            name = stems[random.nextInt(stems.length)] + random.nextInt(100);
        } while (taken.contains(name));
        return name;
    }
}
