package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.spi.FormWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes one call's secrets (credentials and sensitive parameter values) from text that came back
 * from a server or a transport before it reaches an exception message: a server that echoes the
 * POST body in an HTML page, a PHP error or an API message must not carry them out. Each secret is
 * looked for as sent and as a server would print it: raw, form-encoded ({@code +} or {@code %20} for
 * space), HTML-escaped and JSON-escaped; a secret cut off at the end of an excerpt is removed too.
 */
final class Scrubber {
    private static final String MASK = "***";
    /** Shorter tails of a cut-off secret are left: they would mask ordinary text. */
    private static final int SHORTEST_TAIL = 3;

    private final List<String> forms;

    Scrubber(Collection<String> secrets) {
        Set<String> all = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                all.add(secret);
                all.add(secret.replaceAll("\\s+", " "));
                String formEncoded = FormWriter.urlencode(secret);
                all.add(formEncoded);
                all.add(formEncoded.replace("+", "%20"));
                all.add(formEncoded.toLowerCase(java.util.Locale.ROOT));
                all.add(htmlEscape(secret));
                all.add(jsonEscape(secret));
            }
        }
        List<String> longestFirst = new ArrayList<>(all);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        this.forms = List.copyOf(longestFirst);
    }

    /** The text with every form of every secret replaced by {@code ***}; {@code null} stays {@code null}. */
    String scrub(String text) {
        if (text == null || forms.isEmpty()) {
            return text;
        }
        String out = text;
        for (String form : forms) {
            out = out.replace(form, MASK);
        }
        return scrubCutOffTail(out);
    }

    /** An excerpt ends in {@code …} where it was cut: a secret's start there is a secret still. */
    private String scrubCutOffTail(String text) {
        String ellipsis = "…";
        if (!text.endsWith(ellipsis)) {
            return text;
        }
        String body = text.substring(0, text.length() - ellipsis.length());
        for (String form : forms) {
            for (int length = form.length() - 1; length >= SHORTEST_TAIL; length--) {
                if (body.endsWith(form.substring(0, length))) {
                    return body.substring(0, body.length() - length) + MASK + ellipsis;
                }
            }
        }
        return text;
    }

    /** As PHP's {@code htmlspecialchars} writes it. */
    private static String htmlEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#039;");
    }

    /** As PHP's {@code json_encode} writes it inside a string (slashes and non-ASCII escaped). */
    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append("\\/");
                default -> {
                    if (c < 0x20 || c >= 0x80) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
