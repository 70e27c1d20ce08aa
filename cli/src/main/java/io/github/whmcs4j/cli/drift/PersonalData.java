package io.github.whmcs4j.cli.drift;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Masks samples that may be personal data or secrets before they reach a report. Secrets (passwords,
 * tokens, keys, card data) are always masked; personal data (names, email, addresses, phone
 * numbers, IP addresses, tax ids) unless the user asks to see it.
 */
final class PersonalData {
    private static final List<String> SECRET_NAMES = List.of("password", "secret", "token", "hash", "key", "card",
            "cvv", "cc", "bank", "iban", "securityqa");
    private static final List<String> PERSONAL_NAMES = List.of("name", "email", "address", "city", "state",
            "postcode", "zip", "country", "phone", "tel", "ip", "tax", "vat", "company", "contact", "user", "login",
            "notes", "billingcid", "birth", "dob", "host", "domain");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern IP = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{7,}");

    private final boolean showPersonal;

    PersonalData(boolean showPersonal) {
        this.showPersonal = showPersonal;
    }

    /** The sample as a report may show it, for the field at {@code path}. */
    String sample(String path, Object value) {
        String field = path.substring(path.lastIndexOf('.') + 1).replace("[]", "").toLowerCase(Locale.ROOT);
        if (value instanceof java.util.Map<?, ?> || value instanceof java.util.List<?>) {
            return structured(value);
        }
        String text = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        if (SECRET_NAMES.stream().anyMatch(field::contains)) {
            return "*** (secret)";
        }
        if (!showPersonal && (PERSONAL_NAMES.stream().anyMatch(field::contains) || looksPersonal(value))) {
            return "*** (personal data, " + text.length() + " chars)";
        }
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** An object or list as JSON when personal data may be shown, else only its outline. */
    private String structured(Object value) {
        if (showPersonal) {
            String json = io.github.whmcs4j.cli.TypedJson.untyped(value).toString();
            return json.length() > 80 ? json.substring(0, 80) + "…" : json;
        }
        return value instanceof java.util.Map<?, ?> map ? "an object with " + String.join(", ", map.keySet().stream()
                .map(String::valueOf).toList()) : "a list of " + ((java.util.List<?>) value).size();
    }

    private static boolean looksPersonal(Object value) {
        if (!(value instanceof String text)) {
            return value != null && !(value instanceof Boolean) && looksPersonal(String.valueOf(value));
        }
        return EMAIL.matcher(text).find() || IP.matcher(text).matches()
                || (PHONE.matcher(text).matches() && text.replaceAll("\\D", "").length() >= 7 && !text.matches("\\d+(\\.\\d+)?"));
    }
}
