package io.github.whmcs4j.runtime.error;

/**
 * WHMCS understood the call and refused it: the response said {@code result=error}.
 *
 * <p>WHMCS words its messages differently across versions and in different cases, so branch on
 * {@link #httpStatus()} or on the action rather than on the exact text of {@link #apiMessage()}.
 */
public final class WhmcsApiException extends WhmcsException {
    private static final long serialVersionUID = 1L;

    private final String apiMessage;
    private final int httpStatus;

    public WhmcsApiException(String action, String apiMessage, int httpStatus) {
        super(action, describe(action, apiMessage, httpStatus), null);
        this.apiMessage = apiMessage;
        this.httpStatus = httpStatus;
    }

    private static String describe(String action, String apiMessage, int httpStatus) {
        String text = apiMessage == null || apiMessage.isBlank() ? "(WHMCS gave no message)" : apiMessage;
        String status = httpStatus == 200 ? "" : " (HTTP " + httpStatus + ")";
        return action + ": WHMCS answered with an error" + status + ": " + text;
    }

    /** The {@code message} WHMCS sent, or {@code null} when the error came without one. */
    public String apiMessage() {
        return apiMessage;
    }

    /** The HTTP status of the response: 200 for business errors, often 403 for authentication or IP errors. */
    public int httpStatus() {
        return httpStatus;
    }
}
