package io.github.whmcs4j.processor;

import java.util.regex.Pattern;

/** Spec text made safe for Javadoc. */
final class Javadocs {
    /** Text that reads the same inside {@code {@code …}}: it holds no entity, brace or markup. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_\\-.\\[\\] :,]+");

    /** Said of a parameter marked {@code unverified} in the spec. */
    static final String UNVERIFIED_PARAM = " Not in the public WHMCS API reference, and no other public source"
            + " confirms that WHMCS reads it.";
    /** Said of a response field marked {@code unverified} in the spec. */
    static final String UNVERIFIED_FIELD = " Not in the public WHMCS API reference, and no other public source"
            + " shows WHMCS sending it: it may be absent.";

    private Javadocs() {
    }

    /**
     * Spec text as Javadoc text, the one place it is made safe: HTML-significant characters become
     * entities; a backslash becomes {@code &#92;}, since javac reads unicode escapes (a backslash, then u) even in comments;
     * {@code /} after {@code *} and before {@code *} becomes {@code &#47;}, so the comment is never ended
     * or nested; {@code @} becomes {@code &#64;}, so no tag starts; braces become entities, so no inline
     * tag starts or ends.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String trimmed = text.trim();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean commentSlash = c == '/' && ((i > 0 && trimmed.charAt(i - 1) == '*')
                    || (i + 1 < trimmed.length() && trimmed.charAt(i + 1) == '*'));
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\\' -> out.append("&#92;");
                case '@' -> out.append("&#64;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                default -> out.append(commentSlash ? "&#47;" : String.valueOf(c));
            }
        }
        return out.toString();
    }

    /**
     * A WHMCS name or value as code: {@code {@code name}} when it is plain, else {@code <code>} with the
     * text escaped, since {@code {@code}} shows entities as they are written.
     */
    static String code(String text) {
        if (text.isBlank()) {
            return "<code>\"" + text + "\"</code>"; // quoted, so that an empty value still shows
        }
        if (PLAIN.matcher(text).matches()) {
            return "{@code " + text + "}";
        }
        return "<code>" + escape(text) + "</code>";
    }

    /** A sentence: escaped, with a final full stop. */
    static String sentence(String text) {
        String escaped = escape(text);
        if (escaped.isEmpty() || escaped.endsWith(".") || escaped.endsWith("?") || escaped.endsWith("!")) {
            return escaped;
        }
        return escaped + ".";
    }
}
