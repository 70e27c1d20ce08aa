package io.github.whmcs4j.cli;

/** A mistake in how the tool was called: exit status 2, with the message on one line. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
