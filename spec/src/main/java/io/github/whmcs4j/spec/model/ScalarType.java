package io.github.whmcs4j.spec.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The scalar types a parameter or response field can have, by their spec names. */
public enum ScalarType {
    /** Text, kept as sent. */
    STRING("string"),
    /** A whole number within 32 bits. */
    INT("int"),
    /** A whole number within 64 bits: ids, order numbers. */
    LONG("long"),
    /** An exact decimal: money, rates. */
    DECIMAL("decimal"),
    /** A flag, in any of WHMCS's spellings. */
    BOOL("bool"),
    /** {@code yyyy-MM-dd}; the zero date is absent. */
    DATE("date"),
    /** {@code yyyy-MM-dd HH:mm:ss}; the zero date is absent. */
    DATETIME("datetime"),
    /** Any JSON value, kept raw (response fields only). */
    ANY("any");

    private final String specName;

    ScalarType(String specName) {
        this.specName = specName;
    }

    /** The name used in spec files. */
    public String specName() {
        return specName;
    }

    public static Optional<ScalarType> bySpecName(String name) {
        return Arrays.stream(values()).filter(type -> type.specName.equals(name)).findFirst();
    }

    /** The spec names, for messages: {@code string, int, ...}. */
    public static String specNames() {
        return Arrays.stream(values()).map(ScalarType::specName).collect(Collectors.joining(", "));
    }
}
