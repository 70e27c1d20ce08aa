package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.spi.DecodeOptions;
import io.github.whmcs4j.runtime.spi.FormWriter;
import io.github.whmcs4j.runtime.transport.JdkHttpTransport;
import io.github.whmcs4j.runtime.transport.Transport;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Configures a client: endpoint, credentials, response format, timeouts and transport. Generated
 * clients return one of these from their {@code builder()}, typed to themselves.
 *
 * @param <C> the client type {@link #build()} returns
 */
public final class ClientBuilder<C> {
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final Function<ApiClient, C> factory;
    private URI endpoint;
    private Credentials credentials;
    private ResponseFormat responseFormat = ResponseFormat.JSON;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private Transport transport;
    private boolean allowPlainHttp;
    private DecodeOptions decodeOptions = DecodeOptions.DEFAULTS;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private final List<Interceptor> interceptors = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private int maxFormVariables = FormWriter.DEFAULT_MAX_VARIABLES;

    /** @param factory wraps the configured {@link ApiClient} in the client type */
    public ClientBuilder(Function<ApiClient, C> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** The full URL of {@code includes/api.php}, such as {@code https://billing.example.com/includes/api.php}. */
    public ClientBuilder<C> endpoint(String endpoint) {
        return endpoint(URI.create(Objects.requireNonNull(endpoint, "endpoint")));
    }

    /** The full URL of {@code includes/api.php}. */
    public ClientBuilder<C> endpoint(URI endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        return this;
    }

    public ClientBuilder<C> credentials(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        return this;
    }

    /**
     * The endpoint from the environment variable {@code WHMCS_ENDPOINT} and the credentials from the
     * ones {@link Credentials#fromEnvironment()} reads.
     *
     * @return this builder
     * @throws IllegalStateException naming every required variable that is not set (never a value)
     */
    public ClientBuilder<C> fromEnvironment() {
        return fromEnvironment(System::getenv);
    }

    /**
     * As {@link #fromEnvironment()}, reading the variables through {@code variables} (such as
     * {@code Map::get}) instead of the process environment.
     *
     * @param variables gives the value of a variable by name, or {@code null} when it is not set
     * @return this builder
     */
    public ClientBuilder<C> fromEnvironment(Function<String, String> variables) {
        EnvironmentVariables environment = new EnvironmentVariables(variables);
        environment.requireSet(EnvironmentVariables.ENDPOINT, EnvironmentVariables.IDENTIFIER, EnvironmentVariables.SECRET);
        return endpoint(environment.endpoint()).credentials(environment.credentials());
    }

    /** JSON (the default) or XML; responses decode into the same records either way. */
    public ClientBuilder<C> responseFormat(ResponseFormat responseFormat) {
        this.responseFormat = Objects.requireNonNull(responseFormat, "responseFormat");
        return this;
    }

    /** How long to wait for a connection (default 10 s). Ignored when a custom transport is set. */
    public ClientBuilder<C> connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        return this;
    }

    /** How long to wait for a whole response (default 60 s). */
    public ClientBuilder<C> requestTimeout(Duration requestTimeout) {
        this.requestTimeout = positive(requestTimeout, "requestTimeout");
        return this;
    }

    /** Replaces the default {@link JdkHttpTransport}. */
    public ClientBuilder<C> transport(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        return this;
    }

    /**
     * When to send a read-only call again (default {@link RetryPolicy#defaults()}); commands that
     * change data are never retried, whatever the policy.
     */
    public ClientBuilder<C> retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /**
     * Adds an interceptor that sees every call as a whole ({@link Interceptor#onCallStart},
     * {@link Interceptor#onCallEnd}) and each of its HTTP attempts; interceptors run in the order added.
     */
    public ClientBuilder<C> interceptor(Interceptor interceptor) {
        interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return this;
    }

    /**
     * An HTTP header sent with every call, such as {@code Authorization} for basic authentication in
     * front of WHMCS: {@code header("Authorization", "Basic " + base64("user:password"))}. Its value is
     * never logged or printed.
     */
    public ClientBuilder<C> header(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank() || name.chars().anyMatch(c -> c <= ' ' || c == ':' || c >= 0x7F)
                || value.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new IllegalArgumentException("not a valid HTTP header: " + name);
        }
        headers.put(name, value);
        return this;
    }

    /**
     * The most form variables one request may carry (default 1,000, PHP's default {@code max_input_vars}):
     * PHP silently drops those past its limit, so a larger request is refused with
     * {@link io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException} naming the parameter instead.
     * Raise it to the server's {@code max_input_vars} when that is higher.
     */
    public ClientBuilder<C> maxFormVariables(int maxFormVariables) {
        if (maxFormVariables <= 0) {
            throw new IllegalArgumentException("maxFormVariables must be positive");
        }
        this.maxFormVariables = maxFormVariables;
        return this;
    }

    /**
     * The largest response body accepted (default 16 MiB, over five times a 10,000-client GetClients
     * answer); a larger one fails with a decode error, at once when its {@code Content-Length} says so.
     */
    public ClientBuilder<C> maxResponseBytes(int maxResponseBytes) {
        this.decodeOptions = decodeOptions.withMaxBodyBytes(maxResponseBytes);
        return this;
    }

    /** The deepest nesting of objects and lists accepted in a response (default 64, at most 1000). */
    public ClientBuilder<C> maxNestingDepth(int maxNestingDepth) {
        this.decodeOptions = decodeOptions.withMaxNestingDepth(maxNestingDepth);
        return this;
    }

    /**
     * Undoes WHMCS's HTML escaping of stored text ({@code &amp;amp;} → {@code &}) in every typed string
     * field and in error messages. Off by default: values arrive as WHMCS stored them. Unknown fields and
     * {@code any} fields always stay raw; fields a spec marks {@code plainText} are always unescaped.
     */
    public ClientBuilder<C> unescapeHtml(boolean unescapeHtml) {
        this.decodeOptions = decodeOptions.withUnescapeHtml(unescapeHtml);
        return this;
    }

    /**
     * Fails a call with a {@code WhmcsDecodeException} naming the path when a value cannot be typed as
     * the spec says ({@code "12,00"} where a decimal belongs; a date in an odd form is still kept raw)
     * or a list arrives in a shape that is not one WHMCS writes. Off by default: such a value reads as {@code null}, its raw form is kept in the
     * record's {@code unknownFields()}, and a warning is logged once per command and path.
     */
    public ClientBuilder<C> strictDecoding(boolean strictDecoding) {
        this.decodeOptions = decodeOptions.withStrictDecoding(strictDecoding);
        return this;
    }

    /**
     * Allows a plain {@code http://} endpoint. Credentials travel in the request body, so this is
     * for local testing only; without it such an endpoint is refused.
     */
    public ClientBuilder<C> allowPlainHttp() {
        this.allowPlainHttp = true;
        return this;
    }

    public C build() {
        if (endpoint == null) {
            throw new IllegalStateException("endpoint is required: the URL of your WHMCS includes/api.php");
        }
        if (credentials == null) {
            throw new IllegalStateException("credentials are required: Credentials.apiKey(identifier, secret)");
        }
        if (endpoint.getRawUserInfo() != null) {
            throw new IllegalStateException("the endpoint URL carries a user name and password, which the HTTP client"
                    + " never sends and which would show in logs and messages; give the URL without them and send"
                    + " basic authentication as a header: header(\"Authorization\", \"Basic \" + base64(user:password))"
                    + " on the builder, or an interceptor that adds it");
        }
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("http") && !allowPlainHttp) {
            throw new IllegalStateException("refusing plain http endpoint " + endpoint
                    + ": credentials would travel unencrypted; use https, or allowPlainHttp() for local testing");
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalStateException("endpoint must be an http(s) URL, not " + endpoint);
        }
        Transport chosen = transport != null ? transport : new JdkHttpTransport(connectTimeout, decodeOptions.maxBodyBytes());
        List<Interceptor> all = new ArrayList<>();
        if (!headers.isEmpty()) {
            all.add(new HeaderInterceptor(headers));
        }
        all.addAll(interceptors);
        ApiClient.Settings settings = new ApiClient.Settings(endpoint, credentials, responseFormat, chosen, requestTimeout,
                decodeOptions, retryPolicy, all, maxFormVariables);
        return factory.apply(new ApiClient(settings, CallOptions.none()));
    }

    private static Duration positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return duration;
    }
}
