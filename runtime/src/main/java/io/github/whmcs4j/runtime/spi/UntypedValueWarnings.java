package io.github.whmcs4j.runtime.spi;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The warning for a value that cannot be typed as the spec says: logged once per command and path
 * (list indexes left out, so a bad field in every item of a long list warns once) through
 * {@code System.Logger} {@code io.github.whmcs4j.decoding}, a child of the SDK's logger, so that
 * these warnings can be tuned apart.
 */
final class UntypedValueWarnings {
    private static final System.Logger LOG = System.getLogger("io.github.whmcs4j.decoding");
    /** Commands and paths already warned about; cleared when full, so that it cannot grow without end. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
    private static final int MOST_WARNED = 4096;

    private UntypedValueWarnings() {
    }

    /**
     * @param shown the value as the message may show it (only its kind for a secret)
     * @param kept whether the raw value was kept among the unknown fields (secrets are not)
     */
    static void warn(String action, String at, String shown, String expected, boolean kept) {
        if (WARNED.size() >= MOST_WARNED) {
            WARNED.clear();
        }
        if (WARNED.add(action + ' ' + withoutIndexes(at)) && LOG.isLoggable(System.Logger.Level.WARNING)) {
            LOG.log(System.Logger.Level.WARNING, action + ": " + at + ": " + shown + " is not " + expected
                    + (kept ? "; read as null, the raw value kept in unknownFields()" : "; read as null"));
        }
    }

    private static String withoutIndexes(String path) {
        if (path.indexOf('[') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        boolean inIndex = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '[') {
                inIndex = true;
            } else if (c == ']') {
                inIndex = false;
                out.append("[]");
            } else if (!inIndex) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
