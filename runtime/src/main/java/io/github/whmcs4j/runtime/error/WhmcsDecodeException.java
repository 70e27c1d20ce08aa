package io.github.whmcs4j.runtime.error;

/**
 * The response arrived but is not a WHMCS response the SDK can read: an HTML page, an empty body,
 * truncated JSON, or a value that does not fit the type the spec gives it.
 */
public final class WhmcsDecodeException extends WhmcsException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    public WhmcsDecodeException(String action, String path, String problem, Throwable cause) {
        super(action, action + ": " + (path == null || path.isEmpty() ? "" : path + ": ") + problem, cause);
        this.path = path;
        this.problem = problem;
    }

    /** Where in the response the problem is, such as {@code invoices.invoice[3].total}; empty for the whole body. */
    public String path() {
        return path == null ? "" : path;
    }

    /** What was wrong, without the action and path. */
    public String problem() {
        return problem;
    }
}
