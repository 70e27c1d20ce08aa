package io.github.whmcs4j.spec.model;

/** How a parameter's values are written, beyond what its kind says. */
public enum ParamEncoding {
    /** The usual form for the kind. */
    STANDARD,
    /** An array sent as one comma-separated value. */
    CSV,
    /** A flag WHMCS treats as true whenever it is present (even as 0): sent as 1, or left out. */
    PRESENCE
}
