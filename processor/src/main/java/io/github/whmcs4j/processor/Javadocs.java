package io.github.whmcs4j.processor;

/** Spec text made safe for Javadoc. */
final class Javadocs {
    private Javadocs() {
    }

    /** Escapes HTML and anything that would end the comment. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("@", "&#64;").trim();
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
