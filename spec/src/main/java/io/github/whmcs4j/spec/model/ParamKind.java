package io.github.whmcs4j.spec.model;

/** How a parameter's value is laid out on the wire. */
public enum ParamKind {
    /** {@code name=value}. */
    SCALAR,
    /** {@code name[0]=a&name[1]=b}, or {@code name=a,b} with the {@code csv} encoding. */
    ARRAY,
    /** {@code name[key]=value}. */
    MAP,
    /** {@code name=base64(serialize(map))}. */
    PHP_SERIALIZED,
    /** {@code name[0]=base64(serialize(map))&name[1]=…}, one map per element. */
    PHP_SERIALIZED_ARRAY,
    /** {@code name=base64(json)}: any value as JSON text, base64-encoded (ticket attachments). */
    BASE64_JSON,
    /**
     * A repeated group of {@linkplain ParamSpec#members() member} parameters, each element sent as one
     * set of members with a 1-based numeric suffix: {@code itemdescription1=…&itemamount1=…&itemdescription2=…}.
     */
    NUMBERED_GROUP
}
