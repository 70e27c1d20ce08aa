package io.github.whmcs4j.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the stand-in plays instead of (or before) its usual answer, for the next calls of one
 * action: see {@link WhmcsStandIn#fail(String, Fault, int)}.
 */
public final class Fault {
    /** What goes wrong. */
    enum Kind { HTTP_STATUS, DROP_CONNECTION, STALL, HTML_PAGE, EMPTY_BODY, TRUNCATED_BODY }

    private final Kind kind;
    private final int status;
    private final Duration stall;

    private Fault(Kind kind, int status, Duration stall) {
        this.kind = kind;
        this.status = status;
        this.stall = stall;
    }

    /** An HTTP error status with a short HTML page and no WHMCS answer, as a proxy or web server sends it. */
    public static Fault httpStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        return new Fault(Kind.HTTP_STATUS, status, Duration.ZERO);
    }

    /** The connection closed after the request was read, with no response at all. */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, 0, Duration.ZERO);
    }

    /** The usual answer, but only after {@code delay}: for timeouts. */
    public static Fault stall(Duration delay) {
        return new Fault(Kind.STALL, 200, Objects.requireNonNull(delay, "delay"));
    }

    /** A maintenance page as HTML with status 200, where a WHMCS answer belongs. */
    public static Fault htmlPage() {
        return new Fault(Kind.HTML_PAGE, 200, Duration.ZERO);
    }

    /** Status 200 with an empty body. */
    public static Fault emptyBody() {
        return new Fault(Kind.EMPTY_BODY, 200, Duration.ZERO);
    }

    /** The usual answer cut off half-way, as when the PHP process dies while writing it. */
    public static Fault truncatedBody() {
        return new Fault(Kind.TRUNCATED_BODY, 200, Duration.ZERO);
    }

    Kind kind() {
        return kind;
    }

    int status() {
        return status;
    }

    Duration stall() {
        return stall;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case HTTP_STATUS -> "Fault[HTTP " + status + "]";
            case STALL -> "Fault[stall " + stall + "]";
            default -> "Fault[" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "]";
        };
    }
}
