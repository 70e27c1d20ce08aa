package io.github.whmcs4j.spec.model;

import java.util.List;

/**
 * A response field.
 *
 * @param name the field's name in the response, exactly as WHMCS sends it
 * @param javaName the Java name to use instead, or {@code null} to use {@code name}
 * @param shape what the field holds
 * @param description a short description, or {@code null}
 * @param sensitive whether its value is secret (a password, a token): {@code ***} in the record's toString
 * @param plainText whether it is plain text that WHMCS HTML-escaped on the way in, to be unescaped always
 * @param unverified whether no public source (the WHMCS API reference, other clients' live tests, published
 *     responses) shows WHMCS sending it: the generated Javadoc says so
 * @param enumValues the values WHMCS is documented to send, for a string field with an enum; else empty
 * @param words the words of the name of its enum, or {@code null} to take them from the name
 * @param location where the field is declared
 */
public record FieldSpec(String name, String javaName, Shape shape, String description, boolean sensitive,
                        boolean plainText, boolean unverified, List<String> enumValues, String words,
                        SourceLocation location) {
    public FieldSpec {
        enumValues = List.copyOf(enumValues);
    }
}
