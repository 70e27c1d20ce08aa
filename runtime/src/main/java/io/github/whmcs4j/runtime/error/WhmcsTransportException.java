package io.github.whmcs4j.runtime.error;

/**
 * The call did not complete at the HTTP level: the connection failed, timed out, or the server
 * answered with an HTTP error status and no WHMCS envelope. See {@link #outcomeUnknown()} before
 * sending a command that changes data again.
 */
public final class WhmcsTransportException extends WhmcsException {
    private static final long serialVersionUID = 1L;

    /** Status used when no HTTP response was received at all. */
    public static final int NO_RESPONSE = -1;

    private final int httpStatus;
    private final String detail;
    private final String bodyExcerpt;
    private final boolean outcomeUnknown;

    public WhmcsTransportException(String action, int httpStatus, String bodyExcerpt, String detail, Throwable cause) {
        this(action, httpStatus, bodyExcerpt, detail, cause, false);
    }

    /**
     * @param outcomeUnknown whether the request may have reached WHMCS and been carried out although
     *     no answer came back (a timeout or dropped connection after sending)
     */
    public WhmcsTransportException(String action, int httpStatus, String bodyExcerpt, String detail, Throwable cause,
                                   boolean outcomeUnknown) {
        super(action, describe(action, httpStatus, bodyExcerpt, detail), cause);
        this.httpStatus = httpStatus;
        this.detail = detail;
        this.bodyExcerpt = bodyExcerpt;
        this.outcomeUnknown = outcomeUnknown;
    }

    private static String describe(String action, int httpStatus, String bodyExcerpt, String detail) {
        StringBuilder text = new StringBuilder(action).append(": ").append(detail);
        if (httpStatus != NO_RESPONSE) {
            text.append(" (HTTP ").append(httpStatus).append(')');
        }
        if (bodyExcerpt != null && !bodyExcerpt.isEmpty()) {
            text.append("; body starts: ").append(bodyExcerpt);
        }
        return text.toString();
    }

    /** The HTTP status, or {@link #NO_RESPONSE} when the server never answered. */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Whether the request may have been carried out by WHMCS although no answer came back. For a
     * command that changes data (AddOrder, CapturePayment, ...) check in WHMCS before sending it again.
     *
     * <p>True for such a command when the connection failed or timed out after sending, and when any
     * HTTP 5xx came back without a WHMCS answer: a 504 from a proxy while PHP goes on running the
     * command, a 500 or 502 when it died part-way, and a 503 too, with or without {@code Retry-After},
     * since nothing in it proves the request never reached PHP. False for read-only commands, for a
     * call that could not connect, and for WHMCS's own {@code result=error}.
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** What went wrong, without the action, status and body excerpt. */
    public String detail() {
        return detail;
    }

    /** The start of the response body (at most a few hundred characters), or {@code null}. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
