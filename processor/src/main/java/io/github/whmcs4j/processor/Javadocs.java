package io.github.whmcs4j.processor;

/** Spec text made safe for Javadoc. */
final class Javadocs {
    /** Said of a parameter marked {@code unverified} in the spec. */
    static final String UNVERIFIED_PARAM = " Not in the public WHMCS API reference, and no other public source"
            + " confirms that WHMCS reads it.";
    /** Said of a response field marked {@code unverified} in the spec. */
    static final String UNVERIFIED_FIELD = " Not in the public WHMCS API reference, and no other public source"
            + " shows WHMCS sending it: it may be absent.";

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
