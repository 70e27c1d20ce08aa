package io.github.whmcs4j.tests.decoding;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A response as it goes on the wire, before it is written as JSON or XML: objects keep their
 * members in order (and may repeat a name), numbers keep their literal text. The writers render
 * it the way PHP and WHMCS do, with the variations they allow.
 */
sealed interface Wire {
    record Member(String name, Wire value) {
    }

    record Obj(List<Member> members) implements Wire {
        public Obj {
            members = List.copyOf(members);
        }

        Wire get(String name) {
            for (Member member : members) {
                if (member.name().equals(name)) {
                    return member.value();
                }
            }
            return null;
        }
    }

    record Arr(List<Wire> items) implements Wire {
        public Arr {
            items = List.copyOf(items);
        }
    }

    record Str(String text) implements Wire {
    }

    /** A JSON number, by its literal. */
    record Num(String literal) implements Wire {
    }

    record Bool(boolean value) implements Wire {
    }

    enum Null implements Wire {
        NULL
    }

    static Obj obj(Member... members) {
        return new Obj(List.of(members));
    }

    static Member member(String name, Wire value) {
        return new Member(name, value);
    }

    /** The value as the runtime keeps it raw: text for strings and numbers, maps, lists, booleans, null. */
    static Object raw(Wire wire) {
        if (wire instanceof Str str) {
            return str.text();
        } else if (wire instanceof Num num) {
            return num.literal();
        } else if (wire instanceof Bool bool) {
            return bool.value();
        } else if (wire instanceof Obj obj) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Member member : obj.members()) {
                map.put(member.name(), raw(member.value()));
            }
            return map;
        } else if (wire instanceof Arr arr) {
            List<Object> list = new ArrayList<>();
            for (Wire item : arr.items()) {
                list.add(raw(item));
            }
            return list;
        }
        return null;
    }

    // ---- JSON -------------------------------------------------------------------------------

    /**
     * How PHP's {@code json_encode} may write: {@code pretty} is JSON_PRETTY_PRINT, {@code escapeSlashes}
     * and {@code escapeUnicode} are its defaults ({@code \/}, {@code \u00e9}) unless switched off.
     */
    record JsonStyle(boolean pretty, boolean escapeSlashes, boolean escapeUnicode) {
        static final JsonStyle PLAIN = new JsonStyle(false, false, false);

        static JsonStyle random(Random random) {
            return new JsonStyle(random.nextInt(4) == 0, random.nextBoolean(), random.nextBoolean());
        }
    }

    static String json(Wire wire, JsonStyle style) {
        StringBuilder out = new StringBuilder();
        writeJson(wire, style, out, 0);
        return out.toString();
    }

    private static void writeJson(Wire wire, JsonStyle style, StringBuilder out, int depth) {
        if (wire instanceof Obj obj) {
            out.append('{');
            for (int i = 0; i < obj.members().size(); i++) {
                Member member = obj.members().get(i);
                out.append(i == 0 ? "" : ",");
                newline(style, out, depth + 1);
                writeString(member.name(), style, out);
                out.append(style.pretty() ? ": " : ":");
                writeJson(member.value(), style, out, depth + 1);
            }
            if (!obj.members().isEmpty()) {
                newline(style, out, depth);
            }
            out.append('}');
        } else if (wire instanceof Arr arr) {
            out.append('[');
            for (int i = 0; i < arr.items().size(); i++) {
                out.append(i == 0 ? "" : ",");
                newline(style, out, depth + 1);
                writeJson(arr.items().get(i), style, out, depth + 1);
            }
            if (!arr.items().isEmpty()) {
                newline(style, out, depth);
            }
            out.append(']');
        } else if (wire instanceof Str str) {
            writeString(str.text(), style, out);
        } else if (wire instanceof Num num) {
            out.append(num.literal());
        } else if (wire instanceof Bool bool) {
            out.append(bool.value());
        } else {
            out.append("null");
        }
    }

    private static void newline(JsonStyle style, StringBuilder out, int depth) {
        if (style.pretty()) {
            out.append('\n').append("    ".repeat(depth));
        }
    }

    private static void writeString(String text, JsonStyle style, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(style.escapeSlashes() ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || (c > 0x7E && style.escapeUnicode())) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    // ---- XML --------------------------------------------------------------------------------

    /**
     * How WHMCS's XML may look: the declared encoding, with or without the XML declaration, line
     * breaks and indentation between elements, text in CDATA sections or with character references
     * (decided per text by {@code random}).
     */
    record XmlStyle(Charset encoding, boolean declaration, boolean pretty, double cdata, double references,
                    Random random) {
        static XmlStyle plain() {
            return new XmlStyle(StandardCharsets.UTF_8, true, true, 0, 0, new Random(0));
        }

        static XmlStyle random(Random random) {
            int pick = random.nextInt(10);
            Charset encoding = pick < 3 ? StandardCharsets.ISO_8859_1 : pick == 3 ? StandardCharsets.UTF_16
                    : StandardCharsets.UTF_8;
            return new XmlStyle(encoding, encoding != StandardCharsets.UTF_8 || random.nextInt(5) != 0,
                    random.nextBoolean(), random.nextInt(3) == 0 ? 0.3 : 0, random.nextInt(3) == 0 ? 0.3 : 0,
                    new Random(random.nextLong()));
        }
    }

    /**
     * The XML WHMCS writes for a response object: a {@code whmcsapi} root with the action in lower
     * case, one element per member; an array is its member's element repeated, {@code true} is
     * {@code 1}, {@code false} is {@code 0} (as WHMCS stores flags) and {@code null} is empty.
     */
    static byte[] xml(String action, Obj response, XmlStyle style) {
        StringBuilder out = new StringBuilder();
        if (style.declaration()) {
            out.append("<?xml version=\"1.0\" encoding=\"").append(style.encoding().name().toLowerCase(Locale.ROOT))
                    .append("\"?>\n");
        }
        out.append("<whmcsapi version=\"8.13.1\">");
        breakLine(style, out, 1);
        out.append("<action>").append(action.toLowerCase(Locale.ROOT)).append("</action>");
        for (Member member : response.members()) {
            writeElement(member.name(), member.value(), style, out, 1);
        }
        breakLine(style, out, 0);
        out.append("</whmcsapi>\n");
        return out.toString().getBytes(style.encoding());
    }

    private static void breakLine(XmlStyle style, StringBuilder out, int depth) {
        if (style.pretty()) {
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private static void writeElement(String name, Wire value, XmlStyle style, StringBuilder out, int depth) {
        if (value instanceof Arr arr) {
            for (Wire item : arr.items()) {
                if (item instanceof Arr) {
                    throw new IllegalArgumentException("WHMCS's XML has no form for a list inside a list (" + name + ")");
                }
                writeElement(name, item, style, out, depth);
            }
            return;
        }
        breakLine(style, out, depth);
        out.append('<').append(name).append('>');
        if (value instanceof Obj obj) {
            for (Member member : obj.members()) {
                writeElement(member.name(), member.value(), style, out, depth + 1);
            }
            if (!obj.members().isEmpty()) {
                breakLine(style, out, depth);
            }
        } else if (value instanceof Str str) {
            writeText(str.text(), style, out);
        } else if (value instanceof Num num) {
            out.append(num.literal());
        } else if (value instanceof Bool bool) {
            out.append(bool.value() ? "1" : "0");
        }
        out.append("</").append(name).append('>');
    }

    private static void writeText(String text, XmlStyle style, StringBuilder out) {
        CharsetEncoder encoder = style.encoding().newEncoder();
        if (!text.isEmpty() && style.random().nextDouble() < style.cdata() && encoder.canEncode(text)) {
            out.append("<![CDATA[").append(text.replace("]]>", "]]]]><![CDATA[>")).append("]]>");
            return;
        }
        boolean references = style.random().nextDouble() < style.references();
        for (int i = 0; i < text.length(); i++) {
            int c = text.codePointAt(i);
            if (Character.isSupplementaryCodePoint(c)) {
                i++;
            }
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c > 0x7E && (references || !encoder.canEncode(new String(Character.toChars(c))))) {
                out.append(style.random().nextBoolean() ? "&#" + c + ";" : "&#x" + Integer.toHexString(c) + ";");
            } else {
                out.appendCodePoint(c);
            }
        }
    }
}
