package io.github.whmcs4j.spec.model;

import java.util.List;

/**
 * A request parameter.
 *
 * @param name the parameter's name on the wire, exactly as WHMCS reads it
 * @param javaName the Java name to use instead, or {@code null} to use {@code name}
 * @param kind scalar, array, map, PHP-serialized or a numbered group
 * @param type the type of the value (of each element, for arrays and maps); {@code STRING} for serialized values
 *     and groups
 * @param encoding {@code CSV} for an array sent as one comma-separated value, {@code PRESENCE} for a flag sent
 *     only when true; otherwise {@code STANDARD}
 * @param required whether WHMCS requires it
 * @param enumValues the closed set of values WHMCS accepts, empty when open
 * @param since the WHMCS version that added it, or {@code null}
 * @param deprecated the WHMCS version that deprecated it ({@code ""} when unknown), or {@code null}
 * @param sensitive whether its value is secret (passwords, card data): redacted in logs and toString
 * @param description a short description, or {@code null}
 * @param members the parameters of each element of a {@link ParamKind#NUMBERED_GROUP}, in wire order; empty
 *     for every other kind
 * @param unverified whether no public source (the WHMCS API reference, other clients' live tests, published
 *     responses) confirms that WHMCS reads it: the generated Javadoc says so
 * @param words the words of its name separated by spaces ({@code billing cycle}), for the Java type generated for
 *     it (its enum or element record), where they cannot be told from the name; or {@code null}
 * @param location where it is declared
 */
public record ParamSpec(String name, String javaName, ParamKind kind, ScalarType type, ParamEncoding encoding,
                        boolean required, List<String> enumValues, String since, String deprecated,
                        boolean sensitive, String description, List<ParamSpec> members, boolean unverified,
                        String words, SourceLocation location) {
    public ParamSpec {
        enumValues = List.copyOf(enumValues);
        members = List.copyOf(members);
    }

    public boolean isDeprecated() {
        return deprecated != null;
    }

    ParamSpec withoutLocation() {
        return new ParamSpec(name, javaName, kind, type, encoding, required, enumValues, since, deprecated, sensitive,
                description, members.stream().map(ParamSpec::withoutLocation).toList(), unverified, words, null);
    }
}
