package io.github.whmcs4j.runtime;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads the {@code WHMCS_*} environment variables. A variable that is unset or blank counts as
 * missing, and one error names every missing variable at once with what belongs in it; values never
 * appear in a message.
 */
final class EnvironmentVariables {
    static final String ENDPOINT = "WHMCS_ENDPOINT";
    static final String IDENTIFIER = "WHMCS_IDENTIFIER";
    static final String SECRET = "WHMCS_SECRET";
    static final String ACCESS_KEY = "WHMCS_ACCESS_KEY";

    private static final Map<String, String> PURPOSES = new LinkedHashMap<>();

    static {
        PURPOSES.put(ENDPOINT, "the URL of your WHMCS includes/api.php");
        PURPOSES.put(IDENTIFIER, "the identifier of a WHMCS API credential");
        PURPOSES.put(SECRET, "the secret of the WHMCS API credential");
    }

    private final Function<String, String> variables;

    EnvironmentVariables(Function<String, String> variables) {
        this.variables = Objects.requireNonNull(variables, "variables");
    }

    /** Throws one error naming each of {@code names} that is missing, with what it should hold. */
    void requireSet(String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (value(name) == null) {
                missing.add(name + " (" + PURPOSES.get(name) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException((missing.size() == 1 ? "environment variable not set: " : "environment variables not set: ")
                    + String.join(", ", missing));
        }
    }

    /** {@code WHMCS_IDENTIFIER} and {@code WHMCS_SECRET}, with {@code WHMCS_ACCESS_KEY} when it is set. */
    Credentials credentials() {
        requireSet(IDENTIFIER, SECRET);
        Credentials credentials = Credentials.apiKey(value(IDENTIFIER), value(SECRET));
        String accessKey = value(ACCESS_KEY);
        return accessKey == null ? credentials : credentials.withAccessKey(accessKey);
    }

    URI endpoint() {
        requireSet(ENDPOINT);
        try {
            return new URI(value(ENDPOINT));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(ENDPOINT + " is not a URL: " + e.getMessage(), e);
        }
    }

    private String value(String name) {
        String value = variables.apply(name);
        return value == null || value.isBlank() ? null : value;
    }
}
