package io.github.whmcs4j.spec;

import java.util.Locale;

/**
 * Every problem a spec can have, each with a stable code and a message that says what is wrong
 * and how to fix it. The one place these sentences live: the loader, the validator and the
 * processor all report through it.
 */
public enum Diagnostic {
    SYNTAX("not valid %s: %s"),
    NOT_FOUND("spec file \"%s\" was not found; looked in: %s. Check the path in @WhmcsSdk(specs) and that the file is among the resources"),
    DUPLICATE_KEY("\"%s\" is given twice in the same %s (first at line %d); remove or rename one"),
    DUPLICATE_COMMAND("command %s is defined twice, differently: here and at %s; keep one definition, or make them identical"),
    UNKNOWN_INCLUDE("@WhmcsSdk(include) names \"%s\", which is neither a category nor a command of the specs; use one of the categories: %s"),
    MISSING_KEY("%s has no \"%s\"; add it"),
    UNKNOWN_KEY("unknown key \"%s\" in %s; expected one of: %s"),
    WRONG_NODE("%s must be %s"),
    UNKNOWN_TYPE("unknown type \"%s\" for %s; use one of: %s"),
    INVALID_NAME("\"%s\" cannot be used as a Java name for %s; use a Java identifier that is not a keyword"),
    RESERVED_NAME("\"%s\" is reserved for %s; %s"),
    INVALID_VALUE("invalid %s \"%s\"; %s"),
    BAD_PAGINATION("paginated command %s %s"),
    BAD_GROUP("numbered group %s %s"),
    NAME_COLLISION("%s for %s is already %s (names that differ only in case are one file on some file systems);"
            + " give one of them another name with `java: <name>`");

    private final String template;

    Diagnostic(String template) {
        this.template = template;
    }

    /** The stable code shown in messages, such as {@code WHMCS-SPEC-UNKNOWN_TYPE}. */
    public String code() {
        return "WHMCS-SPEC-" + name();
    }

    /** The message for this problem, filled with its details. */
    public String format(Object... arguments) {
        return String.format(Locale.ROOT, template, arguments);
    }
}
