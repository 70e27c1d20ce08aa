package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.spi.ApiRequest;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.spi.DecodeOptions;
import io.github.whmcs4j.runtime.spi.FormWriter;
import io.github.whmcs4j.runtime.transport.Transport;
import io.github.whmcs4j.runtime.transport.TransportRequest;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A configured connection to one WHMCS installation: it encodes requests with the credentials,
 * sends them (retrying read-only commands where safe) and decodes the answers. Immutable and safe
 * to share between threads; generated clients and facades are thin, typed views of one
 * {@code ApiClient}.
 *
 * <p>Create one with {@link #builder()} (or a generated client's {@code builder()}).
 */
public final class ApiClient {
    /** Everything a call needs; shared by the views {@link #withOptions} derives. */
    record Settings(URI endpoint, Credentials credentials, ResponseFormat responseFormat, Transport transport,
                    Duration requestTimeout, DecodeOptions decodeOptions, RetryPolicy retryPolicy,
                    List<Interceptor> interceptors, int maxFormVariables) {
        Settings {
            interceptors = List.copyOf(interceptors);
        }
    }

    private final Settings settings;
    private final CallOptions options;

    ApiClient(Settings settings, CallOptions options) {
        this.settings = settings;
        this.options = options;
    }

    /** A builder for a plain {@code ApiClient}. */
    public static ClientBuilder<ApiClient> builder() {
        return new ClientBuilder<>(api -> api);
    }

    /**
     * A view of this client whose calls carry {@code options} (on top of this view's own), sharing
     * its connections and settings.
     */
    public ApiClient withOptions(CallOptions options) {
        return new ApiClient(settings, this.options.merge(Objects.requireNonNull(options, "options")));
    }

    /**
     * Sends the request and returns its decoded response. The whole call runs on the calling thread,
     * retries and the waits between them included; interrupting the thread ends it with
     * {@link WhmcsTransportException}, the thread's interrupt flag set again.
     *
     * @throws io.github.whmcs4j.runtime.error.WhmcsApiException when WHMCS answers {@code result=error}
     * @throws WhmcsTransportException when no usable HTTP response came back
     * @throws io.github.whmcs4j.runtime.error.WhmcsDecodeException when the response cannot be read
     */
    public <R> R execute(ApiRequest<R> request) {
        return call(request).run();
    }

    /**
     * Sends the request without blocking: the future completes with the decoded response, or
     * exceptionally with the same exceptions {@link #execute(ApiRequest)} throws. No thread waits for the answer
     * or between retries.
     */
    public <R> CompletableFuture<R> executeAsync(ApiRequest<R> request) {
        return call(request).start();
    }

    /**
     * Sends a raw request, as {@link #execute(ApiRequest)} sends a generated one.
     *
     * @param request the action and its parameters
     * @return the envelope, and the rest of the response as a tree
     */
    public RawResponse execute(RawRequest request) {
        return execute(request.apiRequest());
    }

    /**
     * Sends a raw request without blocking, as {@link #executeAsync(ApiRequest)} sends a generated one.
     *
     * @param request the action and its parameters
     * @return the envelope and the rest of the response, when it arrives
     */
    public CompletableFuture<RawResponse> executeAsync(RawRequest request) {
        return executeAsync(request.apiRequest());
    }

    private <R> CallExecution<R> call(ApiRequest<R> request) {
        Command<R> command = request.command();
        return new CallExecution<>(settings, command, () -> encode(request, command));
    }

    private <R> CallExecution.Encoded encode(ApiRequest<R> request, Command<R> command) {
        FormWriter form;
        try {
            form = form(request, command);
        } catch (WhmcsException e) {
            throw e;
        } catch (RuntimeException e) {
            // FormWriter refuses what PHP would receive changed; nothing has been sent
            throw new WhmcsInvalidRequestException(command.action(),
                    e.getMessage() == null ? e.toString() : e.getMessage(), List.of());
        }
        Duration timeout = options.timeout() != null ? options.timeout() : settings.requestTimeout();
        TransportRequest call = new TransportRequest(settings.endpoint(), form.toBytes(), form.redacted(), timeout,
                Map.of());
        return new CallExecution.Encoded(call, form.secretValues());
    }

    private <R> FormWriter form(ApiRequest<R> request, Command<R> command) {
        Set<String> sensitive = command.sensitiveParameters();
        if (!options.extraParameters().isEmpty()) {
            sensitive = new HashSet<>(sensitive);
            for (String name : options.extraParameters().keySet()) {
                if (options.isSecret(name)) {
                    sensitive.add(name);
                }
            }
        }
        FormWriter form = new FormWriter(sensitive, settings.maxFormVariables());
        form.add("action", command.action());
        settings.credentials().writeTo(form);
        form.add("responsetype", settings.responseFormat().wireName());
        request.writeParameters(form);
        options.extraParameters().forEach(form::add);
        return form;
    }

    /** The {@code includes/api.php} URL this client calls. */
    public URI endpoint() {
        return settings.endpoint();
    }

    /** The response format requested from WHMCS. */
    public ResponseFormat responseFormat() {
        return settings.responseFormat();
    }

    /** The options this view adds to every call. */
    public CallOptions options() {
        return options;
    }

    @Override
    public String toString() {
        return "ApiClient[" + settings.endpoint() + ", " + settings.credentials() + ", " + settings.responseFormat()
                + (options == CallOptions.none() ? "" : ", " + options) + "]";
    }
}
