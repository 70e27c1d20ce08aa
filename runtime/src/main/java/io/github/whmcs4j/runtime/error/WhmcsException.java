package io.github.whmcs4j.runtime.error;

/**
 * Base of every exception the SDK throws. Unchecked, so callers handle only what they can act on.
 *
 * <p>Messages never contain credentials or parameters marked sensitive.
 */
public abstract class WhmcsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String action;

    protected WhmcsException(String action, String message, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    /** The WHMCS action that failed, such as {@code GetClients}; {@code null} when none applies. */
    public String action() {
        return action;
    }
}
