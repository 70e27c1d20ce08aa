package io.github.whmcs4j.runtime.spi;

/** How a command's response says whether the call succeeded. */
public enum Envelope {
    /** {@code "result": "success" | "error"}, the usual form. */
    RESULT,
    /** {@code "status": "success" | "error"} instead of {@code result} (AddBillableItem, GetPermissionsList). */
    STATUS,
    /** No success field at all (GetAdminUsers); an error still arrives as {@code result=error}. */
    NONE
}
