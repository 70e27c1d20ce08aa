package io.github.whmcs4j.runtime.error;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WHMCS refused the call because it came from an address not on the API IP allow-list: its answer
 * says {@code Invalid IP 1.2.3.4}, usually with HTTP 403. Add {@link #ip()} to the allow-list
 * (General Settings, Security) or call from an allowed address.
 */
public final class WhmcsIpNotAllowedException extends WhmcsApiException {
    private static final long serialVersionUID = 1L;
    /** "Invalid IP" and the address, IPv4 or IPv6, in any case. */
    private static final Pattern INVALID_IP = Pattern.compile("(?i)\\binvalid\\s+ip\\b[\\s:]*([0-9a-f.:]*[0-9a-f])?");

    private final String ip;

    /** @param ip the address WHMCS saw the call come from, or {@code null} when the message names none */
    public WhmcsIpNotAllowedException(String action, String apiMessage, int httpStatus, String ip) {
        super(action, apiMessage, httpStatus);
        this.ip = ip;
    }

    /** The address WHMCS saw the call come from (as a proxy in between may change it), or {@code null}. */
    public String ip() {
        return ip;
    }

    /**
     * The address in an "Invalid IP" message: {@code ""} when the message names none, {@code null} when
     * it is no such message.
     */
    static String refusedAddress(String apiMessage) {
        if (apiMessage == null) {
            return null;
        }
        Matcher matcher = INVALID_IP.matcher(apiMessage);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1) == null ? "" : matcher.group(1);
    }
}
