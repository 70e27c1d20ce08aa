package io.github.whmcs4j.runtime.error;

import java.util.List;

/** A request was rejected before anything was sent, for example because required parameters are missing. */
public final class WhmcsInvalidRequestException extends WhmcsException {
    private static final long serialVersionUID = 1L;

    private final List<String> missingParameters;

    public WhmcsInvalidRequestException(String action, String problem, List<String> missingParameters) {
        super(action, action + ": " + problem, null);
        this.missingParameters = List.copyOf(missingParameters);
    }

    /** Throws when any required parameter is missing, naming every one of them at once. */
    public static void requireAll(String action, List<String> missingParameters) {
        if (!missingParameters.isEmpty()) {
            throw new WhmcsInvalidRequestException(action,
                    "missing required parameter" + (missingParameters.size() == 1 ? " " : "s ")
                            + String.join(", ", missingParameters),
                    missingParameters);
        }
    }

    /** The required parameters that were not set, in spec order. */
    public List<String> missingParameters() {
        return missingParameters;
    }
}
