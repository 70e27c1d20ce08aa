package io.github.whmcs4j.runtime.internal;

/** Looking at a body's bytes as ASCII text, before a parser is chosen. */
final class AsciiBytes {
    private AsciiBytes() {
    }

    static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** Where {@code text} (ASCII, any case) first starts between {@code from} and {@code to}; -1 when nowhere. */
    static int indexOf(byte[] body, String text, int from, int to) {
        for (int i = from; i + text.length() <= to; i++) {
            if (startsWithIgnoreCase(body, i, text)) {
                return i;
            }
        }
        return -1;
    }

    static boolean startsWithIgnoreCase(byte[] body, int start, String prefix) {
        if (start < 0 || body.length - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toLowerCase((char) (body[start + i] & 0xFF)) != Character.toLowerCase(prefix.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
