package io.github.whmcs4j.runtime.spi;

/**
 * Limits and choices for reading responses, set per client.
 *
 * @param maxBodyBytes the largest response body accepted; a larger one fails with a decode error
 * @param maxNestingDepth the deepest nesting of objects and lists accepted (the response object itself is level
 *     1), at most {@value #MAX_NESTING_DEPTH}; deeper nesting fails with a decode error
 * @param unescapeHtml whether text fields have WHMCS's HTML escaping ({@code &amp;amp;}, {@code &amp;#039;}, ...)
 *     undone; off by default, so values arrive exactly as WHMCS stored them
 * @param strictDecoding whether a value that cannot be typed as the spec says (dates excepted), or a list in a shape
 *     WHMCS does not write, fails the call with a decode error naming its path; off by default, when such a value reads as
 *     {@code null}, is kept raw among the record's unknown fields and is reported once as a warning
 */
public record DecodeOptions(int maxBodyBytes, int maxNestingDepth, boolean unescapeHtml, boolean strictDecoding) {
    /** The highest {@code maxNestingDepth} allowed: deeper values are read recursively. */
    public static final int MAX_NESTING_DEPTH = 1000;

    /**
     * 16 MiB (over five times a 10,000-client GetClients answer), 64 levels, text kept raw, values that
     * cannot be typed kept raw.
     */
    public static final DecodeOptions DEFAULTS = new DecodeOptions(16 * 1024 * 1024, 64, false, false);

    public DecodeOptions {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        if (maxNestingDepth <= 0 || maxNestingDepth > MAX_NESTING_DEPTH) {
            throw new IllegalArgumentException("maxNestingDepth must be between 1 and " + MAX_NESTING_DEPTH
                    + ", not " + maxNestingDepth);
        }
    }

    /** Options that keep values that cannot be typed raw, as by default. */
    public DecodeOptions(int maxBodyBytes, int maxNestingDepth, boolean unescapeHtml) {
        this(maxBodyBytes, maxNestingDepth, unescapeHtml, false);
    }

    public DecodeOptions withMaxBodyBytes(int maxBodyBytes) {
        return new DecodeOptions(maxBodyBytes, maxNestingDepth, unescapeHtml, strictDecoding);
    }

    public DecodeOptions withMaxNestingDepth(int maxNestingDepth) {
        return new DecodeOptions(maxBodyBytes, maxNestingDepth, unescapeHtml, strictDecoding);
    }

    public DecodeOptions withUnescapeHtml(boolean unescapeHtml) {
        return new DecodeOptions(maxBodyBytes, maxNestingDepth, unescapeHtml, strictDecoding);
    }

    public DecodeOptions withStrictDecoding(boolean strictDecoding) {
        return new DecodeOptions(maxBodyBytes, maxNestingDepth, unescapeHtml, strictDecoding);
    }
}
