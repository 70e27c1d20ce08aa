package io.github.whmcs4j.spec.model;

/** How a parameter's values are written, beyond what its kind says. */
public enum ParamEncoding {
    /** The usual form for the kind. */
    STANDARD,
    /** An array sent as one comma-separated value. */
    CSV,
    /** A flag sent only when true (as 1) and left out otherwise, where sending 0 is not known to mean false. */
    PRESENCE
}
