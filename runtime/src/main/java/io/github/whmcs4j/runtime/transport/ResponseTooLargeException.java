package io.github.whmcs4j.runtime.transport;

import java.io.IOException;

/** The response body passed the client's size limit; reading stopped there. */
public final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    public ResponseTooLargeException(long limit) {
        super("the response body is larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    /** The limit, in bytes. */
    public long limit() {
        return limit;
    }
}
