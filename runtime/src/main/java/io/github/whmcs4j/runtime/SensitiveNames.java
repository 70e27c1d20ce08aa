package io.github.whmcs4j.runtime;

import java.util.Locale;

/**
 * The floor of redaction for parameters the spec does not describe (extra parameters and raw
 * requests): a name that looks like it carries a secret is treated as sensitive, whether or not the
 * caller said so. Compared without regard to case: {@code password*}, {@code secret},
 * {@code accesskey}, {@code cvv}, {@code card*}, {@code eppcode} and any name containing
 * {@code token}.
 */
final class SensitiveNames {
    private SensitiveNames() {
    }

    static boolean isSensitive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("password") || lower.equals("secret") || lower.equals("accesskey")
                || lower.equals("cvv") || lower.startsWith("card") || lower.equals("eppcode") || lower.contains("token");
    }
}
