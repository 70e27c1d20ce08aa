package io.github.whmcs4j.runtime;

/** The {@code responsetype} the client asks WHMCS for. Both decode into the same records. */
public enum ResponseFormat {
    JSON("json"),
    XML("xml");

    private final String wireName;

    ResponseFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The value sent as {@code responsetype}. */
    public String wireName() {
        return wireName;
    }
}
