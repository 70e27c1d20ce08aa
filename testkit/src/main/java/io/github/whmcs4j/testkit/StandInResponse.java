package io.github.whmcs4j.testkit;

/**
 * What the stand-in answers.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type} header
 * @param body the body
 * @param headers extra response headers
 */
public record StandInResponse(int status, String contentType, String body, java.util.Map<String, String> headers) {
    public StandInResponse {
        headers = java.util.Map.copyOf(headers);
    }

    /** A response with no extra header. */
    public StandInResponse(int status, String contentType, String body) {
        this(status, contentType, body, java.util.Map.of());
    }

    /** The same response with one more header, such as {@code Retry-After}. */
    public StandInResponse withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new StandInResponse(status, contentType, body, more);
    }
    /** A JSON body with status 200. */
    public static StandInResponse json(String body) {
        return new StandInResponse(200, "application/json", body);
    }

    /** An XML body with status 200. */
    public static StandInResponse xml(String body) {
        return new StandInResponse(200, "text/xml", body);
    }

    /** An HTML page with status 200, as a maintenance or firewall page comes. */
    public static StandInResponse html(String body) {
        return new StandInResponse(200, "text/html", body);
    }

    /**
     * A WHMCS response written as JSON, answered in the format the call asked for: as it is for
     * JSON, converted to WHMCS's XML form for {@code responsetype=xml}.
     */
    public static StandInResponse whmcs(ReceivedCall call, int status, String json) {
        return call.wantsXml()
                ? new StandInResponse(status, "text/xml", WhmcsXml.fromJson(call.action(), json))
                : new StandInResponse(status, "application/json", json);
    }

    /** A WHMCS error envelope, in the format the call asked for. */
    public static StandInResponse error(ReceivedCall call, int status, String message) {
        return whmcs(call, status, "{\"result\":\"error\",\"message\":\"" + message.replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"}");
    }
}
