package io.github.whmcs4j.runtime.spi;

/**
 * Undoes the HTML escaping WHMCS applies to the text it stores ({@code htmlspecialchars}):
 * {@code &amp;amp;}, {@code &amp;quot;}, {@code &amp;#039;}, {@code &amp;apos;}, {@code &amp;lt;},
 * {@code &amp;gt;}, and numeric references ({@code &amp;#233;}, {@code &amp;#xE9;}).
 *
 * <p>One pass from left to right, so {@code &amp;amp;} is in effect decoded last: {@code "&amp;amp;lt;"}
 * becomes {@code "&amp;lt;"}, never {@code "<"}. Anything else that starts with {@code &} (other
 * named entities, a lone ampersand, a reference to no character) is left as it is.
 */
final class HtmlEntities {
    /** Longest reference decoded, {@code &#x10FFFF;} or {@code &#1114111;}, without the ampersand. */
    private static final int LONGEST = 9;

    private HtmlEntities() {
    }

    static String unescape(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (amp >= 0) {
            int semicolon = semicolonAfter(text, amp);
            int replacement = semicolon < 0 ? -1 : decode(text, amp + 1, semicolon);
            if (replacement >= 0) {
                out.append(text, copied, amp).appendCodePoint(replacement);
                copied = semicolon + 1;
                amp = text.indexOf('&', copied);
            } else {
                amp = text.indexOf('&', amp + 1);
            }
        }
        if (copied == 0) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The {@code ;} that closes a reference starting at {@code amp}, looked for only as far as one can reach; -1. */
    private static int semicolonAfter(String text, int amp) {
        int limit = Math.min(text.length(), amp + LONGEST + 2);
        for (int i = amp + 1; i < limit; i++) {
            if (text.charAt(i) == ';') {
                return i;
            }
        }
        return -1;
    }

    /** The code point of the reference between {@code start} and {@code end}, or -1. */
    private static int decode(String text, int start, int end) {
        int length = end - start;
        if (length >= 2 && text.charAt(start) == '#') {
            return numeric(text, start + 1, end);
        }
        if (text.startsWith("amp", start) && length == 3) {
            return '&';
        } else if (text.startsWith("quot", start) && length == 4) {
            return '"';
        } else if (text.startsWith("apos", start) && length == 4) {
            return '\'';
        } else if (text.startsWith("lt", start) && length == 2) {
            return '<';
        } else if (text.startsWith("gt", start) && length == 2) {
            return '>';
        }
        return -1;
    }

    private static int numeric(String text, int start, int end) {
        int radix = 10;
        if (text.charAt(start) == 'x' || text.charAt(start) == 'X') {
            radix = 16;
            start++;
        }
        if (start == end) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0'
                    : radix == 16 && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : radix == 16 && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
            if (value > Character.MAX_CODE_POINT) {
                return -1;
            }
        }
        if (value == 0 || (value >= Character.MIN_SURROGATE && value <= Character.MAX_SURROGATE)) {
            return -1;
        }
        return value;
    }
}
