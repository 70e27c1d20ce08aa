package io.github.whmcs4j.spring;

import io.github.whmcs4j.runtime.ResponseFormat;
import java.net.URI;
import java.time.Duration;

/**
 * How to reach one WHMCS installation: {@code whmcs.*} for the default client, and
 * {@code whmcs.instances.<name>.*} for each named one.
 */
public class WhmcsConnectionProperties {
    /** The full URL of the installation's includes/api.php, such as https://billing.example.com/includes/api.php. */
    private URI endpoint;

    /** The identifier of an API credential (Setup > Staff Management > Manage API Credentials). */
    private String identifier;

    /** The secret of the API credential. */
    private String secret;

    /** An admin user name, for the legacy authentication used instead of an API credential. */
    private String username;

    /** The admin user's password (sent as its MD5, as WHMCS expects), with username. */
    private String password;

    /** The API access key that lets calls past WHMCS's IP allow-list. */
    private String accessKey;

    /** The response type asked of WHMCS; both decode into the same records. */
    private ResponseFormat responseFormat = ResponseFormat.JSON;

    /** How long to wait for a connection. */
    private Duration connectTimeout = Duration.ofSeconds(10);

    /** How long to wait for a whole response. */
    private Duration requestTimeout = Duration.ofSeconds(60);

    /** When read-only calls are sent again; calls that change data never are. */
    private final Retry retry = new Retry();

    /** Whether to undo WHMCS's HTML escaping of stored text in typed string fields and error messages. */
    private boolean unescapeHtml;

    /** Whether a value that does not fit the type the spec gives it fails the call instead of reading as null. */
    private boolean strictDecoding;

    /** Whether a plain http:// endpoint is allowed; credentials then travel unencrypted, so for local testing only. */
    private boolean allowPlainHttp;

    public URI getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(URI endpoint) {
        this.endpoint = endpoint;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public void setAccessKey(String accessKey) {
        this.accessKey = accessKey;
    }

    public ResponseFormat getResponseFormat() {
        return responseFormat;
    }

    public void setResponseFormat(ResponseFormat responseFormat) {
        this.responseFormat = responseFormat;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public Retry getRetry() {
        return retry;
    }

    public boolean isUnescapeHtml() {
        return unescapeHtml;
    }

    public void setUnescapeHtml(boolean unescapeHtml) {
        this.unescapeHtml = unescapeHtml;
    }

    public boolean isStrictDecoding() {
        return strictDecoding;
    }

    public void setStrictDecoding(boolean strictDecoding) {
        this.strictDecoding = strictDecoding;
    }

    public boolean isAllowPlainHttp() {
        return allowPlainHttp;
    }

    public void setAllowPlainHttp(boolean allowPlainHttp) {
        this.allowPlainHttp = allowPlainHttp;
    }

    /** The retry policy's settings; the defaults are those of {@code RetryPolicy.defaults()}. */
    public static class Retry {
        /** Attempts in all, the first included; 1 turns retrying off. */
        private int maxAttempts = 3;

        /** The wait before the first retry; it doubles each time, up to max-backoff, with full jitter. */
        private Duration initialBackoff = Duration.ofMillis(200);

        /** The longest wait between two attempts. */
        private Duration maxBackoff = Duration.ofSeconds(5);

        /** The longest time from the first attempt to the last response; no retry starts past it. */
        private Duration deadline = Duration.ofSeconds(60);

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialBackoff() {
            return initialBackoff;
        }

        public void setInitialBackoff(Duration initialBackoff) {
            this.initialBackoff = initialBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }

        public Duration getDeadline() {
            return deadline;
        }

        public void setDeadline(Duration deadline) {
            this.deadline = deadline;
        }
    }
}
