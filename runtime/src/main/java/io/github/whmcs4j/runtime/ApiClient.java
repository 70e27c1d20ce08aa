package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.codec.DecodeOptions;
import io.github.whmcs4j.runtime.codec.FormWriter;
import io.github.whmcs4j.runtime.codec.ResponseDecoding;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.transport.Transport;
import io.github.whmcs4j.runtime.transport.TransportRequest;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * A configured connection to one WHMCS installation: it encodes requests with the credentials,
 * sends them and decodes the answers. Immutable and safe to share between threads; generated
 * clients and facades are thin, typed views of one {@code ApiClient}.
 *
 * <p>Create one with {@link #builder()} (or a generated client's {@code builder()}).
 */
public final class ApiClient {
    private final URI endpoint;
    private final Credentials credentials;
    private final ResponseFormat responseFormat;
    private final Transport transport;
    private final Duration requestTimeout;
    private final DecodeOptions decodeOptions;

    ApiClient(URI endpoint, Credentials credentials, ResponseFormat responseFormat, Transport transport,
              Duration requestTimeout, DecodeOptions decodeOptions) {
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.responseFormat = responseFormat;
        this.transport = transport;
        this.requestTimeout = requestTimeout;
        this.decodeOptions = decodeOptions;
    }

    /** A builder for a plain {@code ApiClient}. */
    public static ClientBuilder<ApiClient> builder() {
        return new ClientBuilder<>(api -> api);
    }

    /**
     * Sends the request and returns its decoded response.
     *
     * @throws io.github.whmcs4j.runtime.error.WhmcsApiException when WHMCS answers {@code result=error}
     * @throws WhmcsTransportException when no usable HTTP response came back
     * @throws io.github.whmcs4j.runtime.error.WhmcsDecodeException when the response cannot be read
     */
    public <R> R execute(ApiRequest<R> request) {
        Command<R> command = request.command();
        FormWriter form = new FormWriter(command.sensitiveParameters());
        form.add("action", command.action());
        credentials.writeTo(form);
        form.add("responsetype", responseFormat.wireName());
        request.writeParameters(form);
        TransportRequest call = new TransportRequest(endpoint, form.toBytes(), form.redacted(), requestTimeout);
        return ResponseDecoding.decode(command, send(command.action(), call), decodeOptions);
    }

    private TransportResponse send(String action, TransportRequest call) {
        try {
            return transport.send(call);
        } catch (HttpTimeoutException e) {
            throw new WhmcsTransportException(action, WhmcsTransportException.NO_RESPONSE, null,
                    "no response within " + requestTimeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new WhmcsTransportException(action, WhmcsTransportException.NO_RESPONSE, null,
                    "could not reach " + endpoint + ": " + scrub(String.valueOf(e.getMessage())), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WhmcsTransportException(action, WhmcsTransportException.NO_RESPONSE, null,
                    "interrupted while waiting for WHMCS", e);
        }
    }

    /** Defence in depth: a transport's message must never carry a credential out. */
    private String scrub(String text) {
        String out = text;
        for (String secret : credentials.secrets()) {
            out = out.replace(secret, "***");
        }
        return out;
    }

    /** The {@code includes/api.php} URL this client calls. */
    public URI endpoint() {
        return endpoint;
    }

    /** The response format requested from WHMCS. */
    public ResponseFormat responseFormat() {
        return responseFormat;
    }

    @Override
    public String toString() {
        return "ApiClient[" + endpoint + ", " + credentials + ", " + responseFormat + "]";
    }
}
