package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.internal.ResponseDecoding;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.transport.ResponseTooLargeException;
import io.github.whmcs4j.runtime.transport.TransportRequest;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
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
    /** The longest {@code Retry-After} taken as given (a day); a longer one is read as this. */
    private static final long LONGEST_RETRY_AFTER_SECONDS = 86_400;
    private static final String OUTCOME_UNKNOWN = "; the request may have reached WHMCS, so its outcome is unknown:"
            + " check in WHMCS before sending it again (the SDK never resends a command that changes data)";

    private final ApiClient.Settings settings;
    private final Command<R> command;
    private final TransportRequest request;
    private final Scrubber scrubber;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final long startNanos = System.nanoTime();
    private int attempt;

    /** @param scrubber removes this call's secrets from whatever text came back */
    CallExecution(ApiClient.Settings settings, Command<R> command, TransportRequest request, Scrubber scrubber) {
        this.settings = settings;
        this.command = command;
        this.request = request;
        this.scrubber = scrubber;
    }

    CompletableFuture<R> start() {
        attempt();
        return result;
    }

    private void attempt() {
        attempt++;
        CallInfo info = new CallInfo(command.action(), command.readOnly(), attempt);
        TransportRequest outgoing;
        try {
            TransportRequest sent = request;
            for (Interceptor interceptor : settings.interceptors()) {
                sent = interceptor.onRequest(info, sent);
            }
            outgoing = sent;
        } catch (RuntimeException e) {
            result.completeExceptionally(new WhmcsTransportException(command.action(), WhmcsTransportException.NO_RESPONSE,
                    null, "an interceptor failed before sending: " + describe(e), e));
            return;
        }
        LOG.log(System.Logger.Level.DEBUG, () -> command.action() + " attempt " + info.attempt() + ": POST "
                + outgoing.endpoint() + " " + outgoing.redactedBody());
        long attemptStart = System.nanoTime();
        CompletableFuture<TransportResponse> exchange;
        CompletableFuture<TransportResponse> bounded;
        try {
            // The JDK's own request timeout covers only the wait for headers: this bound covers the whole
            // exchange, and when it passes the exchange is cancelled, closing the connection.
            long timeoutMillis = outgoing.timeout().toMillis();
            exchange = settings.transport().sendAsync(outgoing);
            bounded = exchange.copy().orTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            exchange = CompletableFuture.failedFuture(e);
            bounded = exchange;
        }
        CompletableFuture<TransportResponse> inFlight = exchange;
        bounded.whenComplete((received, error) -> {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - attemptStart);
            try {
                if (error != null) {
                    Throwable failure = unwrap(error);
                    if (failure instanceof TimeoutException) {
                        inFlight.cancel(true);
                    }
                    failed(info, outgoing, failure, elapsed);
                } else {
                    received(info, outgoing, received, elapsed);
                }
            } catch (WhmcsException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException e) {
                boolean unknown = !command.readOnly();
                result.completeExceptionally(new WhmcsTransportException(command.action(),
                        WhmcsTransportException.NO_RESPONSE, null, "the call failed: " + describe(e)
                        + (unknown ? OUTCOME_UNKNOWN : ""), e, unknown));
            } catch (Error e) {
                result.completeExceptionally(e); // passed on as it is, never wrapped
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
        R value;
        try {
            value = ResponseDecoding.decode(command, response, settings.decodeOptions());
        } catch (WhmcsException e) {
            throw answered(e);
        }
        result.complete(value);
    }

    /**
     * The decoding failure as the caller sees it: scrubbed of this call's secrets (a server may echo
     * the request), and, for a command that changes data, an HTTP 5xx without a WHMCS answer marked
     * outcome-unknown: the request reached the server, and PHP may have run it (a proxy's 504 while
     * PHP goes on, a 500 or 502 after it died part-way, a 503 whatever its {@code Retry-After}).
     */
    private WhmcsException answered(WhmcsException failure) {
        String action = command.action();
        WhmcsException scrubbed;
        if (failure instanceof WhmcsApiException api) {
            scrubbed = new WhmcsApiException(action, scrubber.scrub(api.apiMessage()), api.httpStatus());
        } else if (failure instanceof WhmcsTransportException http) {
            boolean unknown = !command.readOnly() && http.httpStatus() >= 500;
            scrubbed = new WhmcsTransportException(action, http.httpStatus(), scrubber.scrub(http.bodyExcerpt()),
                    scrubber.scrub(http.detail()) + (unknown ? OUTCOME_UNKNOWN : ""), http.getCause(),
                    unknown || http.outcomeUnknown());
        } else if (failure instanceof WhmcsDecodeException decode) {
            scrubbed = new WhmcsDecodeException(action, scrubber.scrub(decode.path()), scrubber.scrub(decode.problem()),
                    decode.getCause());
        } else {
            return failure;
        }
        scrubbed.setStackTrace(failure.getStackTrace());
        return scrubbed;
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
        if (failure instanceof Error error) {
            result.completeExceptionally(error); // OutOfMemoryError and the like are passed on as they are
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
        String detail = unknown ? what + OUTCOME_UNKNOWN : attempt > 1 ? what + " (after " + attempt + " attempts)" : what;
        result.completeExceptionally(new WhmcsTransportException(command.action(), WhmcsTransportException.NO_RESPONSE,
                null, detail, failure, unknown));
    }

    /** The failure's message, scrubbed of secrets, or what it is when it has none. */
    private String describe(Throwable failure) {
        if (failure.getMessage() != null) {
            return scrubber.scrub(failure.getMessage());
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

    /**
     * {@code Retry-After} in seconds or as an HTTP date, at most {@link #LONGEST_RETRY_AFTER_SECONDS};
     * {@code null} when absent or unreadable.
     */
    private static Duration retryAfter(TransportResponse response) {
        Duration longest = Duration.ofSeconds(LONGEST_RETRY_AFTER_SECONDS);
        return response.header("Retry-After").map(String::trim).map(value -> {
            if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return value.length() > 18 ? longest : Duration.ofSeconds(Math.min(Long.parseLong(value),
                        LONGEST_RETRY_AFTER_SECONDS));
            }
            try {
                Duration until = Duration.between(ZonedDateTime.now(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return until.isNegative() ? Duration.ZERO : until.compareTo(longest) > 0 ? longest : until;
            } catch (DateTimeException unreadable) {
                return null;
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
