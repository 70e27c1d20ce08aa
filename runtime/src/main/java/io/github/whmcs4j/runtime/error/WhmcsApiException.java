package io.github.whmcs4j.runtime.error;

/**
 * WHMCS understood the call and refused it: the response said {@code result=error}.
 *
 * <p>Two refusals have types of their own, since the caller acts on them differently:
 * {@link WhmcsAuthenticationException} (the credentials were not accepted) and
 * {@link WhmcsIpNotAllowedException} (the client's address is not on the API allow-list). WHMCS
 * words its other messages differently across versions and in different cases, so branch on the
 * type, {@link #httpStatus()} or the action rather than on the exact text of {@link #apiMessage()}.
 */
public class WhmcsApiException extends WhmcsException {
    private static final long serialVersionUID = 1L;

    private final String apiMessage;
    private final int httpStatus;

    public WhmcsApiException(String action, String apiMessage, int httpStatus) {
        super(action, describe(action, apiMessage, httpStatus), null);
        this.apiMessage = apiMessage;
        this.httpStatus = httpStatus;
    }

    /**
     * The exception for a {@code result=error} answer: {@link WhmcsIpNotAllowedException} or
     * {@link WhmcsAuthenticationException} when the message says so (in any case), this class otherwise.
     */
    public static WhmcsApiException of(String action, String apiMessage, int httpStatus) {
        String ip = WhmcsIpNotAllowedException.refusedAddress(apiMessage);
        if (ip != null) {
            return new WhmcsIpNotAllowedException(action, apiMessage, httpStatus, ip.isEmpty() ? null : ip);
        }
        if (WhmcsAuthenticationException.isAuthenticationFailure(apiMessage)) {
            return new WhmcsAuthenticationException(action, apiMessage, httpStatus);
        }
        return new WhmcsApiException(action, apiMessage, httpStatus);
    }

    private static String describe(String action, String apiMessage, int httpStatus) {
        String text = apiMessage == null || apiMessage.isBlank() ? "(WHMCS gave no message)" : apiMessage;
        String status = httpStatus == 200 ? "" : " (HTTP " + httpStatus + ")";
        return action + ": WHMCS answered with an error" + status + ": " + text;
    }

    /** The {@code message} WHMCS sent, or {@code null} when the error came without one. */
    public final String apiMessage() {
        return apiMessage;
    }

    /** The HTTP status of the response: 200 for business errors, often 403 for authentication or IP errors. */
    public final int httpStatus() {
        return httpStatus;
    }
}
