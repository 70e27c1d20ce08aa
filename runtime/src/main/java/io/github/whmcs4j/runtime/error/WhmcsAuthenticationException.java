package io.github.whmcs4j.runtime.error;

import java.util.Locale;

/**
 * WHMCS did not accept the credentials: its answer says {@code Authentication Failed} or
 * {@code Invalid or missing credentials} (in whatever case the version writes it), usually with
 * HTTP 403 or 400. Check the API identifier and secret (or admin user and password), and that the
 * credential's API role allows the action.
 */
public final class WhmcsAuthenticationException extends WhmcsApiException {
    private static final long serialVersionUID = 1L;

    public WhmcsAuthenticationException(String action, String apiMessage, int httpStatus) {
        super(action, apiMessage, httpStatus);
    }

    /** Whether a WHMCS error message reports credentials it did not accept. */
    static boolean isAuthenticationFailure(String apiMessage) {
        if (apiMessage == null) {
            return false;
        }
        String text = apiMessage.toLowerCase(Locale.ROOT);
        return text.contains("authentication failed") || text.contains("invalid or missing credentials");
    }
}
