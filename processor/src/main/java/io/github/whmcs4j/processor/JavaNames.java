package io.github.whmcs4j.processor;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * How WHMCS names become Java names. WHMCS's own names are kept as they are ({@code clientid}
 * stays {@code clientid}) so the WHMCS docs map onto the SDK without a dictionary; only keywords
 * are escaped, with a trailing underscore.
 */
final class JavaNames {
    private JavaNames() {
    }

    /** A member name: the name itself, or {@code name_} for a Java keyword. */
    static String member(String name) {
        return SourceVersion.isKeyword(name) ? name + "_" : name;
    }

    /** A type name from a WHMCS name: first letter upper-cased ({@code client} → {@code Client}). */
    static String type(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9_]", "");
        if (cleaned.isEmpty() || !Character.isJavaIdentifierStart(cleaned.charAt(0))) {
            cleaned = "T" + cleaned;
        }
        return Character.toUpperCase(cleaned.charAt(0)) + cleaned.substring(1);
    }

    /** A method name from a command name: first letter lower-cased ({@code GetClients} → {@code getClients}). */
    static String method(String commandName) {
        return member(Character.toLowerCase(commandName.charAt(0)) + commandName.substring(1));
    }

    /** The subpackage of a category: {@code Clients} → {@code clients}. */
    static String subpackage(String category) {
        return member(category.toLowerCase(Locale.ROOT));
    }

    /** An enum constant for a WHMCS value: {@code "Payment Pending"} → {@code PAYMENT_PENDING}. */
    static String constant(String value) {
        String upper = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        String cleaned = upper.replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (cleaned.isEmpty()) {
            return "EMPTY";
        }
        return Character.isDigit(cleaned.charAt(0)) ? "V" + cleaned : cleaned;
    }

    /** {@code addPid} for {@code pid}. */
    static String prefixed(String prefix, String name) {
        return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** A rough singular for naming the items of a bare list: {@code users} → {@code user}. */
    static String singular(String name) {
        if (name.endsWith("ies") && name.length() > 3) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (name.endsWith("s") && !name.endsWith("ss") && name.length() > 1) {
            return name.substring(0, name.length() - 1);
        }
        return name + "Item";
    }
}
