package io.github.whmcs4j.runtime;

/**
 * An enum generated from the values the spec documents for a request parameter or a response field.
 *
 * <p>Each generated enum also has a static {@code fromWireValue(String)}. For a request parameter it
 * returns the constant sent as that value, or {@code null} for {@code null} or a value the enum does not
 * know. A response field's enum has an extra {@code UNKNOWN} constant, whose wire value is {@code null}:
 * its {@code fromWireValue} returns {@code UNKNOWN} for a value the enum does not know (a value a newer
 * WHMCS sends), and {@code null} only for {@code null}, so decoding never fails on a new value. The
 * response record keeps the raw string as well.
 */
public interface WhmcsEnum {
    /**
     * The value as WHMCS sends and reads it.
     *
     * @return the wire value; {@code null} only for a response enum's {@code UNKNOWN}
     */
    String wireValue();
}
