package io.github.whmcs4j.testkit;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request the stand-in received, exactly as WHMCS would: the raw form body and its decoded
 * parameters in order.
 *
 * @param method the HTTP method
 * @param path the request path
 * @param contentType the {@code Content-Type} header
 * @param body the raw form body
 * @param parameters the decoded parameters, in the order sent (names may repeat)
 * @param headers the request headers, names in lower case
 */
public record ReceivedCall(String method, String path, String contentType, String body,
                           List<Map.Entry<String, String>> parameters, Map<String, List<String>> headers) {
    public ReceivedCall {
        parameters = List.copyOf(parameters);
        headers = Map.copyOf(headers);
    }

    /** The first value of a request header (name in any case). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The last value of a parameter, as PHP would see it. */
    public Optional<String> parameter(String name) {
        String found = null;
        for (Map.Entry<String, String> parameter : parameters) {
            if (parameter.getKey().equals(name)) {
                found = parameter.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The {@code action} parameter, or {@code ""}. */
    public String action() {
        return parameter("action").orElse("");
    }

    /** Whether the caller asked for XML ({@code responsetype=xml}). */
    public boolean wantsXml() {
        return parameter("responsetype").orElse("json").equalsIgnoreCase("xml");
    }
}
