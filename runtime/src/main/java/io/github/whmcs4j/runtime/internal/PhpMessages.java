package io.github.whmcs4j.runtime.internal;

import static io.github.whmcs4j.runtime.internal.AsciiBytes.indexOf;
import static io.github.whmcs4j.runtime.internal.AsciiBytes.isSpace;
import static io.github.whmcs4j.runtime.internal.AsciiBytes.startsWithIgnoreCase;

/**
 * PHP notices and warnings that a misconfigured WHMCS prints before its answer
 * ({@code <br />\n<b>Warning</b>: ... on line <b>12</b><br />\n{"result":...}}), found so that the
 * answer after them can be read as usual.
 */
final class PhpMessages {
    /** How far into the body a PHP message may run before its "on line N". */
    private static final int LONGEST_PHP_MESSAGE = 64 * 1024;
    private static final String[] PHP_MESSAGE_KINDS = {
        "Warning", "Notice", "Deprecated", "Strict Standards", "Fatal error", "Parse error",
        "Recoverable fatal error", "Catchable fatal error", "Core Warning", "User Warning", "User Notice",
        "User Deprecated",
    };
    private static final String[] LINE_BREAKS = {"<br />", "<br/>", "<br>"};

    private PhpMessages() {
    }

    /**
     * Where the body goes on after the PHP notices, warnings or errors it starts with
     * ({@code <br />\n<b>Warning</b>:  text in <b>/path.php</b> on line <b>12</b><br />}, or the
     * plain-text {@code PHP Warning:  text in /path.php on line 12}); -1 when it does not start with one.
     */
    static int skip(byte[] body, int start) {
        int i = start;
        boolean found = false;
        while (true) {
            i = skipSpaceAndLineBreaks(body, i);
            int end = messageEnd(body, i);
            if (end < 0) {
                return found ? i : -1;
            }
            found = true;
            i = end;
        }
    }

    private static int skipSpaceAndLineBreaks(byte[] body, int from) {
        int i = from;
        while (true) {
            while (i < body.length && isSpace(body[i])) {
                i++;
            }
            int br = -1;
            for (String tag : LINE_BREAKS) {
                if (startsWithIgnoreCase(body, i, tag)) {
                    br = i + tag.length();
                    break;
                }
            }
            if (br < 0) {
                return i;
            }
            i = br;
        }
    }

    /** The end of the PHP message at {@code i}, or -1 when none starts there. */
    private static int messageEnd(byte[] body, int i) {
        int p = i;
        boolean html = startsWithIgnoreCase(body, p, "<b>");
        if (html) {
            p += 3;
        } else if (startsWithIgnoreCase(body, p, "PHP ")) {
            p += 4;
        }
        int kindEnd = -1;
        for (String kind : PHP_MESSAGE_KINDS) {
            if (startsWithIgnoreCase(body, p, kind)) {
                kindEnd = p + kind.length();
                break;
            }
        }
        if (kindEnd < 0) {
            return -1;
        }
        p = kindEnd;
        if (html) {
            if (!startsWithIgnoreCase(body, p, "</b>")) {
                return -1;
            }
            p += 4;
        }
        if (p >= body.length || body[p] != ':') {
            return -1;
        }
        int onLine = indexOf(body, " on line ", p, Math.min(body.length, p + LONGEST_PHP_MESSAGE));
        if (onLine < 0) {
            return -1;
        }
        p = onLine + " on line ".length();
        if (html && startsWithIgnoreCase(body, p, "<b>")) {
            p += 3;
        }
        int digits = p;
        while (p < body.length && body[p] >= '0' && body[p] <= '9') {
            p++;
        }
        if (p == digits) {
            return -1;
        }
        if (html && startsWithIgnoreCase(body, p, "</b>")) {
            p += 4;
        }
        return p;
    }
}
