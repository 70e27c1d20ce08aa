package io.github.whmcs4j.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * How a WHMCS name becomes a Java name, before any scope is consulted. Members keep WHMCS's own
 * spelling ({@code clientid} stays {@code clientid}) with only what Java forbids replaced; types are
 * UpperCamelCase from the name's words ({@code grace_period} → {@code GracePeriod}).
 */
public final class Names {
    /** Names that are identifiers but may not be used freely: calling {@code yield()} unqualified is an error. */
    private static final Set<String> RESTRICTED = Set.of("var", "yield", "record", "sealed", "permits", "when");

    private Names() {
    }

    /**
     * A member name: the WHMCS name where Java allows it; otherwise each character Java does not allow
     * becomes {@code _}, a name starting with a digit gets a leading {@code _}, and a keyword gets a
     * trailing {@code _} ({@code class} → {@code class_}).
     */
    public static String member(String wireName) {
        StringBuilder name = new StringBuilder();
        for (char c : wireName.toCharArray()) {
            name.append(isAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name.insert(0, '_');
        }
        String text = name.toString();
        if (text.chars().allMatch(c -> c == '_')) {
            return "value" + text.substring(1);
        }
        return SourceVersion.isKeyword(text) || RESTRICTED.contains(text) ? text + "_" : text;
    }

    /** The words of a name: split at anything but letters and digits, and where a lower-case letter meets an upper-case one. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = 0;
        for (char c : name.toCharArray()) {
            if (!isAsciiLetterOrDigit(c)) {
                flush(word, words);
            } else {
                if (Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous))) {
                    flush(word, words);
                }
                word.append(c);
            }
            previous = c;
        }
        flush(word, words);
        return words;
    }

    /**
     * A type name: the words, each with its first letter upper-cased and the rest kept
     * ({@code grace_period} → {@code GracePeriod}, {@code GetClients} → {@code GetClients}); a name that
     * would start with a digit starts with {@code N}, and one with no letters or digits is {@code Value}.
     */
    public static String type(String name) {
        StringBuilder type = new StringBuilder();
        for (String word : words(name)) {
            type.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        if (type.isEmpty()) {
            return "Value";
        }
        return Character.isDigit(type.charAt(0)) ? "N" + type : type.toString();
    }

    /** A method or accessor from a type-like name: {@code GetClients} → {@code getClients}, escaped as members are. */
    public static String lowerCamel(String name) {
        String type = type(name);
        return member(Character.toLowerCase(type.charAt(0)) + type.substring(1));
    }

    /** A package segment: the letters and digits of the name in lower case ({@code Project Management} → {@code projectmanagement}). */
    public static String packageSegment(String name) {
        return member(String.join("", words(name)).toLowerCase(Locale.ROOT));
    }

    /** An enum constant for a WHMCS value: {@code "Payment Pending"} → {@code PAYMENT_PENDING}, {@code ""} → {@code EMPTY}. */
    public static String constant(String value) {
        String joined = String.join("_", words(value)).toUpperCase(Locale.ROOT);
        if (joined.isEmpty()) {
            return value.isEmpty() ? "EMPTY" : "VALUE";
        }
        return Character.isDigit(joined.charAt(0)) ? "V" + joined : joined;
    }

    /** {@code addPid} for {@code pid}: the member with its first letter upper-cased after the prefix. */
    public static String prefixed(String prefix, String member) {
        String trimmed = member.startsWith("_") && member.length() > 1 ? member.substring(1) : member;
        if (trimmed.endsWith("_") && trimmed.length() > 1 && SourceVersion.isKeyword(trimmed.substring(0, trimmed.length() - 1))) {
            trimmed = trimmed.substring(0, trimmed.length() - 1); // addClass, not addClass_
        }
        return prefix + Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
    }

    /** A rough singular for naming the items of a bare list: {@code users} → {@code user}. */
    public static String singular(String name) {
        if (name.endsWith("ies") && name.length() > 3) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (name.endsWith("s") && !name.endsWith("ss") && name.length() > 1) {
            return name.substring(0, name.length() - 1);
        }
        return name + "Item";
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }
}
