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
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One call from first attempt to result: encodes the request, sends it through the interceptors and
 * the transport, retries read-only commands where that is safe, logs each attempt with secrets
 * redacted, and ends with the decoded response or the SDK's exception. {@link #run()} does all of it
 * on the caller's thread (blocking sends, sleeping between attempts); {@link #start()} never blocks a
 * thread. Both go through the same steps: {@link #begin}, {@link #prepare}, {@link #received} or
 * {@link #failed}, {@link #end}.
 */
final class CallExecution<R> {
    private static final System.Logger LOG = System.getLogger("io.github.whmcs4j");
    private static final List<Integer> RETRYABLE_STATUSES = List.of(429, 502, 503, 504);
    /** The longest {@code Retry-After} taken as given (a day); a longer one is read as this. */
    private static final long LONGEST_RETRY_AFTER_SECONDS = 86_400;
    private static final String OUTCOME_UNKNOWN = "; the request may have reached WHMCS, so its outcome is unknown:"
            + " check in WHMCS before sending it again (the SDK never resends a command that changes data)";

    /** Encodes the call's request; throws {@link WhmcsException} for one that cannot be sent as it is. */
    @FunctionalInterface
    interface Encoder {
        Encoded encode();
    }

    /**
     * An encoded request.
     *
     * @param secrets the values to remove from whatever text comes back (a server may echo the request)
     */
    record Encoded(TransportRequest request, Collection<String> secrets) {
    }

    /** What an attempt came to: a value, a failure for the caller, or another attempt after a wait. */
    private record Next<R>(R value, Throwable failure, Duration retryIn) {
        static <R> Next<R> done(R value) {
            return new Next<>(value, null, null);
        }

        static <R> Next<R> failed(Throwable failure) {
            return new Next<>(null, failure, null);
        }

        static <R> Next<R> retryIn(Duration wait) {
            return new Next<>(null, null, wait);
        }
    }

    private final ApiClient.Settings settings;
    private final Command<R> command;
    private final Encoder encoder;
    private final CallContext context;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private TransportRequest request;
    private Collection<String> secrets = List.of();
    private Scrubber scrubber;
    private int attempt;

    CallExecution(ApiClient.Settings settings, Command<R> command, Encoder encoder) {
        this.settings = settings;
        this.command = command;
        this.encoder = encoder;
        this.context = new CallContext(command.action(), command.readOnly());
    }

    /** Runs the call on the calling thread and returns the response, or throws the SDK's exception. */
    R run() {
        Next<R> next = begin();
        while (next == null) {
            next = sendBlocking();
            if (next.retryIn() != null) {
                next = sleep(next.retryIn());
            }
        }
        end(next);
        Throwable failure = next.failure();
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return next.value();
    }

    /** Starts the call without blocking; the future completes with the response or the SDK's exception. */
    CompletableFuture<R> start() {
        Next<R> refused = begin();
        if (refused != null) {
            complete(refused);
        } else {
            sendAsync();
        }
        return result;
    }

    /** Tells the interceptors the call starts, and encodes it; the failure when it cannot be sent, else null. */
    private Next<R> begin() {
        try {
            for (Interceptor interceptor : settings.interceptors()) {
                interceptor.onCallStart(context);
            }
        } catch (RuntimeException e) {
            return Next.failed(new WhmcsTransportException(command.action(), WhmcsTransportException.NO_RESPONSE,
                    null, "an interceptor failed before sending: " + describe(e), e));
        }
        try {
            Encoded encoded = encoder.encode();
            request = encoded.request();
            secrets = encoded.secrets();
            return null;
        } catch (WhmcsException e) {
            return Next.failed(e);
        }
    }

    /** The next attempt's request, as the interceptors leave it. */
    private TransportRequest prepare(CallInfo info) {
        TransportRequest outgoing = request;
        try {
            for (Interceptor interceptor : settings.interceptors()) {
                outgoing = interceptor.onRequest(info, outgoing);
            }
        } catch (RuntimeException e) {
            throw new WhmcsTransportException(command.action(), WhmcsTransportException.NO_RESPONSE,
                    null, "an interceptor failed before sending: " + describe(e), e);
        }
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) { // checked first: no message object for a call not logged
            LOG.log(System.Logger.Level.DEBUG, command.action() + " attempt " + info.attempt() + ": POST "
                    + outgoing.endpoint() + " " + outgoing.redactedBody());
        }
        return outgoing;
    }

    private CallInfo nextAttempt() {
        attempt++;
        context.attempted(attempt);
        return new CallInfo(command.action(), command.readOnly(), attempt, context);
    }

    /** One attempt on the calling thread. */
    private Next<R> sendBlocking() {
        CallInfo info = nextAttempt();
        TransportRequest outgoing;
        try {
            outgoing = prepare(info);
        } catch (WhmcsException e) {
            return Next.failed(e);
        }
        long attemptStart = System.nanoTime();
        TransportResponse response;
        try {
            response = settings.transport().send(outgoing);
        } catch (InterruptedException e) {
            return conclude(() -> interrupted(info, outgoing, e, Duration.ofNanos(System.nanoTime() - attemptStart)));
        } catch (Exception | Error e) {
            return conclude(() -> failed(info, outgoing, e, Duration.ofNanos(System.nanoTime() - attemptStart)));
        }
        return conclude(() -> received(info, outgoing, response, Duration.ofNanos(System.nanoTime() - attemptStart)));
    }

    /** Waits before the next attempt; null to go on, or the failure when the thread is interrupted. */
    private Next<R> sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Next.failed(new WhmcsTransportException(command.action(), WhmcsTransportException.NO_RESPONSE,
                    null, "interrupted while waiting to retry (after " + attempt + " attempts)", e));
        }
    }

    /** One attempt that holds no thread while it waits; the next, or the end, follows from its completion. */
    private void sendAsync() {
        CallInfo info = nextAttempt();
        TransportRequest outgoing;
        try {
            outgoing = prepare(info);
        } catch (WhmcsException e) {
            complete(Next.failed(e));
            return;
        }
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
            Next<R> next;
            if (error != null) {
                Throwable failure = unwrap(error);
                if (failure instanceof TimeoutException) {
                    inFlight.cancel(true);
                }
                next = conclude(() -> failed(info, outgoing, failure, elapsed));
            } else {
                next = conclude(() -> received(info, outgoing, received, elapsed));
            }
            if (next.retryIn() == null) {
                complete(next);
                return;
            }
            CompletableFuture.delayedExecutor(next.retryIn().toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
                try {
                    sendAsync();
                } catch (RuntimeException | Error e) {
                    complete(Next.failed(e));
                }
            });
        });
    }

    private void complete(Next<R> next) {
        end(next);
        if (next.failure() != null) {
            result.completeExceptionally(next.failure());
        } else {
            result.complete(next.value());
        }
    }

    /** Tells the interceptors how the call ended; what they throw is logged, never the caller's. */
    private void end(Next<R> next) {
        List<Interceptor> interceptors = settings.interceptors();
        if (interceptors.isEmpty()) {
            return;
        }
        CallResult ended = new CallResult(CallResult.Outcome.of(next.failure()), attempt,
                Duration.ofNanos(System.nanoTime() - context.startNanos()), next.failure());
        for (Interceptor interceptor : interceptors) {
            try {
                interceptor.onCallEnd(context, ended);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, () -> command.action() + ": an interceptor's onCallEnd failed: "
                        + describe(e));
            }
        }
    }

    /** An attempt's outcome, with whatever escapes it as the caller's exception. */
    private Next<R> conclude(Supplier<Next<R>> step) {
        try {
            return step.get();
        } catch (WhmcsException e) {
            return Next.failed(e);
        } catch (RuntimeException e) {
            boolean unknown = !command.readOnly();
            return Next.failed(new WhmcsTransportException(command.action(), WhmcsTransportException.NO_RESPONSE, null,
                    "the call failed: " + describe(e) + (unknown ? OUTCOME_UNKNOWN : ""), e, unknown));
        } catch (Error e) {
            return Next.failed(e); // passed on as it is, never wrapped
        }
    }

    private Next<R> received(CallInfo info, TransportRequest sent, TransportResponse response, Duration elapsed) {
        settings.interceptors().forEach(interceptor -> interceptor.onResponse(info, sent, response, elapsed));
        if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, command.action() + " attempt " + info.attempt() + ": HTTP "
                    + response.statusCode() + ", " + response.body().length + " bytes in " + elapsed.toMillis() + " ms");
        }
        if (RETRYABLE_STATUSES.contains(response.statusCode()) && command.readOnly()) {
            Duration wait = retryDelay("HTTP " + response.statusCode(), retryAfter(response));
            if (wait != null) {
                return Next.retryIn(wait);
            }
        }
        try {
            return Next.done(ResponseDecoding.decode(command, response, settings.decodeOptions()));
        } catch (WhmcsException e) {
            return Next.failed(answered(e));
        }
    }

    /**
     * The thread was interrupted while the request was out: the flag is set again for the caller, and
     * a command that changes data may have been carried out.
     */
    private Next<R> interrupted(CallInfo info, TransportRequest sent, InterruptedException failure, Duration elapsed) {
        Thread.currentThread().interrupt();
        settings.interceptors().forEach(interceptor -> interceptor.onFailure(info, sent, failure, elapsed));
        boolean unknown = !command.readOnly();
        return Next.failed(new WhmcsTransportException(command.action(), WhmcsTransportException.NO_RESPONSE, null,
                "interrupted while waiting for the response" + (unknown ? OUTCOME_UNKNOWN : ""), failure, unknown));
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
            scrubbed = WhmcsApiException.of(action, scrubber().scrub(api.apiMessage()), api.httpStatus());
        } else if (failure instanceof WhmcsTransportException http) {
            boolean unknown = !command.readOnly() && http.httpStatus() >= 500;
            scrubbed = new WhmcsTransportException(action, http.httpStatus(), scrubber().scrub(http.bodyExcerpt()),
                    scrubber().scrub(http.detail()) + (unknown ? OUTCOME_UNKNOWN : ""), http.getCause(),
                    unknown || http.outcomeUnknown());
        } else if (failure instanceof WhmcsDecodeException decode) {
            scrubbed = new WhmcsDecodeException(action, scrubber().scrub(decode.path()), scrubber().scrub(decode.problem()),
                    decode.getCause());
        } else {
            return failure;
        }
        scrubbed.setStackTrace(failure.getStackTrace());
        return scrubbed;
    }

    private Next<R> failed(CallInfo info, TransportRequest sent, Throwable failure, Duration elapsed) {
        settings.interceptors().forEach(interceptor -> interceptor.onFailure(info, sent, failure, elapsed));
        boolean notSent = failure instanceof ConnectException || failure instanceof HttpConnectTimeoutException;
        boolean timedOut = !notSent && (failure instanceof HttpTimeoutException || failure instanceof TimeoutException);
        String what = notSent ? "could not connect to " + sent.endpoint() + ": " + describe(failure)
                : timedOut ? "no response within " + sent.timeout().toMillis() + " ms"
                : "the connection failed: " + describe(failure);
        LOG.log(System.Logger.Level.DEBUG, () -> command.action() + " attempt " + info.attempt() + ": " + what);
        if (failure instanceof ResponseTooLargeException tooLarge) {
            return Next.failed(new WhmcsDecodeException(command.action(), "", tooLarge.getMessage()
                    + "; raise it with maxResponseBytes(...) if such answers are expected", tooLarge));
        }
        if (failure instanceof Error error) {
            return Next.failed(error); // OutOfMemoryError and the like are passed on as they are
        }
        if (!(failure instanceof IOException || failure instanceof TimeoutException)) {
            return Next.failed(new WhmcsTransportException(command.action(), WhmcsTransportException.NO_RESPONSE,
                    null, "the call failed: " + describe(failure), failure));
        }
        if (command.readOnly()) {
            Duration wait = retryDelay(what, null);
            if (wait != null) {
                return Next.retryIn(wait);
            }
        }
        boolean unknown = !notSent && !command.readOnly();
        String detail = unknown ? what + OUTCOME_UNKNOWN : attempt > 1 ? what + " (after " + attempt + " attempts)" : what;
        return Next.failed(new WhmcsTransportException(command.action(), WhmcsTransportException.NO_RESPONSE,
                null, detail, failure, unknown));
    }

    /** Built when first needed: only a failure's text is scrubbed, and most calls succeed. */
    private Scrubber scrubber() {
        if (scrubber == null) {
            scrubber = new Scrubber(secrets);
        }
        return scrubber;
    }

    /** The failure's message, scrubbed of secrets, or what it is when it has none. */
    private String describe(Throwable failure) {
        if (failure.getMessage() != null) {
            return scrubber().scrub(failure.getMessage());
        }
        return failure instanceof ConnectException ? "connection refused" : failure.getClass().getSimpleName();
    }

    /** The wait before the next attempt if the policy allows one within its deadline; null when it does not. */
    private Duration retryDelay(String reason, Duration retryAfter) {
        RetryPolicy policy = settings.retryPolicy();
        if (attempt >= policy.maxAttempts()) {
            return null;
        }
        Duration wait = policy.backoff(attempt, retryAfter);
        Duration spent = Duration.ofNanos(System.nanoTime() - context.startNanos());
        if (spent.plus(wait).compareTo(policy.deadline()) > 0) {
            return null;
        }
        LOG.log(System.Logger.Level.DEBUG, () -> command.action() + ": " + reason + "; retrying in " + wait.toMillis()
                + " ms (attempt " + (attempt + 1) + " of " + policy.maxAttempts() + ")");
        return wait;
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
