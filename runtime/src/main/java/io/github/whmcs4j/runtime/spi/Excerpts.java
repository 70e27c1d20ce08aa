package io.github.whmcs4j.runtime.spi;

import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import java.util.Map;

/** How decode messages and warnings show a value: by its kind, or quoted and cut short. */
final class Excerpts {
    /** How much of a value a message shows. */
    private static final int EXCERPT = 60;

    private Excerpts() {
    }

    /** A token's kind, as messages name it ("an object", "a string"...). */
    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "a list";
            case END_OBJECT:
                return "the end of an object";
            case END_ARRAY:
                return "the end of a list";
            case FIELD_NAME:
                return "a field name";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name();
        }
    }

    static String quoted(String text) {
        return '"' + cut(text) + '"';
    }

    /** A raw object or list: its kind, and a cut-short rendering unless it is a secret. */
    static String raw(Object raw, boolean secret) {
        String kind = raw instanceof Map<?, ?> ? "an object" : raw instanceof List<?> ? "a list" : "a value";
        return secret ? kind : kind + " " + cut(String.valueOf(raw));
    }

    /** At most {@value #EXCERPT} characters of {@code text}, line breaks and other controls as spaces. */
    static String cut(String text) {
        String shown = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
        for (int i = 0; i < shown.length(); i++) {
            if (Character.isISOControl(shown.charAt(i))) {
                StringBuilder out = new StringBuilder(shown);
                for (int j = i; j < out.length(); j++) {
                    if (Character.isISOControl(out.charAt(j))) {
                        out.setCharAt(j, ' ');
                    }
                }
                return out.toString();
            }
        }
        return shown;
    }
}
