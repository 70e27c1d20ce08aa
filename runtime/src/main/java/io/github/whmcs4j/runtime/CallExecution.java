package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.codec.ResponseDecoding;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.transport.ResponseTooLargeException;
import io.github.whmcs4j.runtime.transport.TransportRequest;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One call from first attempt to result: sends through the interceptors and the transport,
 * retries read-only commands where that is safe, logs each attempt with secrets redacted, and
 * completes with the decoded response or the SDK's exception.
 */
final class CallExecution<R> {
    private static final System.Logger LOG = System.getLogger("io.github.whmcs4j");
    private static final List<Integer> RETRYABLE_STATUSES = List.of(429, 502, 503, 504);

    private final ApiClient.Settings settings;
    private final Command<R> command;
    private final TransportRequest request;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final long startNanos = System.nanoTime();
    private int attempt;

    CallExecution(ApiClient.Settings settings, Command<R> command, TransportRequest request) {
        this.settings = settings;
        this.command = command;
        this.request = request;
    }

    CompletableFuture<R> start() {
        attempt();
        return result;
    }

    private void attempt() {
        attempt++;
        CallInfo info = new CallInfo(command.action(), command.readOnly(), attempt);
        TransportRequest sent = request;
        for (Interceptor interceptor : settings.interceptors()) {
            sent = interceptor.onRequest(info, sent);
        }
        TransportRequest outgoing = sent;
        LOG.log(System.Logger.Level.DEBUG, () -> command.action() + " attempt " + info.attempt() + ": POST "
                + outgoing.endpoint() + " " + outgoing.redactedBody());
        long attemptStart = System.nanoTime();
        CompletableFuture<TransportResponse> response;
        try {
            // The JDK's request timeout stops waiting for headers; this bound also covers a stalled body.
            response = settings.transport().sendAsync(outgoing)
                    .orTimeout(outgoing.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            response = CompletableFuture.failedFuture(e);
        }
        response.whenComplete((received, error) -> {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - attemptStart);
            try {
                if (error != null) {
                    failed(info, outgoing, unwrap(error), elapsed);
                } else {
                    received(info, outgoing, received, elapsed);
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    private void received(CallInfo info, TransportRequest sent, TransportResponse response, Duration elapsed) {
        settings.interceptors().forEach(interceptor -> interceptor.onResponse(info, sent, response, elapsed));
        LOG.log(System.Logger.Level.DEBUG, () -> command.action() + " attempt " + info.attempt() + ": HTTP "
                + response.statusCode() + ", " + response.body().length + " bytes in " + elapsed.toMillis() + " ms");
        if (RETRYABLE_STATUSES.contains(response.statusCode()) && command.readOnly()
                && retry("HTTP " + response.statusCode(), retryAfter(response))) {
            return;
        }
        result.complete(ResponseDecoding.decode(command, response, settings.decodeOptions()));
    }

    private void failed(CallInfo info, TransportRequest sent, Throwable failure, Duration elapsed) {
        settings.interceptors().forEach(interceptor -> interceptor.onFailure(info, sent, failure, elapsed));
        boolean notSent = failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException;
        boolean timedOut = !notSent && (failure instanceof HttpTimeoutException || failure instanceof TimeoutException);
        String what = notSent ? "could not connect to " + sent.endpoint() + ": " + describe(failure)
                : timedOut ? "no response within " + sent.timeout().toMillis() + " ms"
                : "the connection failed: " + describe(failure);
        LOG.log(System.Logger.Level.DEBUG, () -> command.action() + " attempt " + info.attempt() + ": " + what);
        if (failure instanceof ResponseTooLargeException tooLarge) {
            result.completeExceptionally(new WhmcsDecodeException(command.action(), "", tooLarge.getMessage()
                    + "; raise it with maxResponseBytes(...) if such answers are expected", tooLarge));
            return;
        }
        if (!(failure instanceof IOException || failure instanceof TimeoutException)) {
            result.completeExceptionally(new WhmcsTransportException(command.action(), WhmcsTransportException.NO_RESPONSE,
                    null, "the call failed: " + describe(failure), failure));
            return;
        }
        if (command.readOnly() && retry(what, null)) {
            return;
        }
        boolean unknown = !notSent && !command.readOnly();
        String detail = unknown ? what + "; the request may have reached WHMCS, so its outcome is unknown: check in"
                + " WHMCS before sending it again (the SDK never resends a command that changes data)"
                : attempt > 1 ? what + " (after " + attempt + " attempts)" : what;
        result.completeExceptionally(new WhmcsTransportException(command.action(), WhmcsTransportException.NO_RESPONSE,
                null, detail, failure, unknown));
    }

    /** The failure's message, scrubbed of secrets, or what it is when it has none. */
    private String describe(Throwable failure) {
        if (failure.getMessage() != null) {
            return settings.scrub(failure.getMessage());
        }
        return failure instanceof ConnectException ? "connection refused" : failure.getClass().getSimpleName();
    }

    /** Schedules the next attempt if the policy allows one within its deadline; false when it does not. */
    private boolean retry(String reason, Duration retryAfter) {
        RetryPolicy policy = settings.retryPolicy();
        if (attempt >= policy.maxAttempts()) {
            return false;
        }
        Duration wait = policy.backoff(attempt, retryAfter);
        Duration spent = Duration.ofNanos(System.nanoTime() - startNanos);
        if (spent.plus(wait).compareTo(policy.deadline()) > 0) {
            return false;
        }
        LOG.log(System.Logger.Level.DEBUG, () -> command.action() + ": " + reason + "; retrying in " + wait.toMillis()
                + " ms (attempt " + (attempt + 1) + " of " + policy.maxAttempts() + ")");
        CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            try {
                attempt();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return true;
    }

    /** {@code Retry-After} in seconds or as an HTTP date; {@code null} when absent or unreadable. */
    private static Duration retryAfter(TransportResponse response) {
        return response.header("Retry-After").map(String::trim).map(value -> {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
            } catch (NumberFormatException notSeconds) {
                try {
                    Duration until = Duration.between(ZonedDateTime.now(),
                            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                    return until.isNegative() ? Duration.ZERO : until;
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }).orElse(null);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
