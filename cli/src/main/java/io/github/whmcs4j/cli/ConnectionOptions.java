package io.github.whmcs4j.cli;

import io.github.whmcs4j.runtime.ApiClient;
import io.github.whmcs4j.runtime.ClientBuilder;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.ResponseFormat;
import picocli.CommandLine.Option;

/**
 * How to reach WHMCS, on every command that calls it. Each option falls back to an environment
 * variable so that secrets need not be typed on a command line (where other users could see them).
 * Defaults are never shown in help, so a secret from the environment is never printed.
 */
public final class ConnectionOptions {
    @Option(names = "--endpoint", defaultValue = "${env:WHMCS_ENDPOINT}", paramLabel = "URL",
            description = "The installation's includes/api.php (default: $WHMCS_ENDPOINT).")
    String endpoint;

    @Option(names = "--identifier", defaultValue = "${env:WHMCS_IDENTIFIER}", paramLabel = "ID",
            description = "API credential identifier (default: $WHMCS_IDENTIFIER).")
    String identifier;

    @Option(names = "--secret", defaultValue = "${env:WHMCS_SECRET}", paramLabel = "SECRET",
            description = "API credential secret (default: $WHMCS_SECRET).")
    String secret;

    @Option(names = "--username", paramLabel = "USER", description = "Admin username, instead of an API credential.")
    String username;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Admin password, with --username.")
    String password;

    @Option(names = "--access-key", defaultValue = "${env:WHMCS_ACCESS_KEY}", paramLabel = "KEY",
            description = "The API access key, when the installation uses one (default: $WHMCS_ACCESS_KEY).")
    String accessKey;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|xml",
            description = "The response type to ask WHMCS for (default: json).")
    String format;

    @Option(names = "--allow-plain-http", description = "Allow an http:// endpoint (credentials then travel unencrypted).")
    boolean allowPlainHttp;

    @Option(names = "--verbose", description = "Print the stack trace of a failure.")
    boolean verbose;

    /** A client for these options; a missing or contradictory option is a usage error. */
    public ApiClient client() {
        if (endpoint == null || endpoint.isBlank()) {
            throw new UsageException("no endpoint: give --endpoint URL or set WHMCS_ENDPOINT");
        }
        if (endpoint.regionMatches(true, 0, "http:", 0, 5) && !allowPlainHttp) {
            throw new UsageException("refusing plain http endpoint " + endpoint + ": credentials would travel "
                    + "unencrypted; use https, or --allow-plain-http for local testing");
        }
        ClientBuilder<ApiClient> builder = ApiClient.builder()
                .endpoint(endpoint)
                .credentials(credentials())
                .responseFormat(responseFormat());
        if (allowPlainHttp) {
            builder.allowPlainHttp();
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Credentials credentials() {
        Credentials credentials;
        if (username != null) {
            if (password == null) {
                throw new UsageException("--username needs --password");
            }
            credentials = Credentials.adminPassword(username, password);
        } else if (identifier != null && secret != null) {
            credentials = Credentials.apiKey(identifier, secret);
        } else {
            throw new UsageException("no credentials: give --identifier and --secret (or WHMCS_IDENTIFIER and "
                    + "WHMCS_SECRET), or --username and --password");
        }
        return accessKey == null || accessKey.isBlank() ? credentials : credentials.withAccessKey(accessKey);
    }

    private ResponseFormat responseFormat() {
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> ResponseFormat.JSON;
            case "xml" -> ResponseFormat.XML;
            default -> throw new UsageException("--format is json or xml, not " + format);
        };
    }
}
