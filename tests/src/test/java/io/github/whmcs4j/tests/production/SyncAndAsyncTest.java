package io.github.whmcs4j.tests.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.CallContext;
import io.github.whmcs4j.runtime.CallInfo;
import io.github.whmcs4j.runtime.CallResult;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.Interceptor;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.runtime.error.WhmcsTransportException;
import io.github.whmcs4j.runtime.transport.JdkHttpTransport;
import io.github.whmcs4j.runtime.transport.Transport;
import io.github.whmcs4j.runtime.transport.TransportRequest;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.testkit.Fault;
import io.github.whmcs4j.testkit.StandInResponse;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Synchronous calls run on the caller's thread with the blocking send, retries and pages included, and
 * stop when the thread is interrupted; asynchronous calls use the non-blocking send only.
 */
class SyncAndAsyncTest {
    private static final RetryPolicy QUICK_RETRIES = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5),
            Duration.ofSeconds(30));

    /** The JDK transport, noting which of its sends each call used, and on which thread. */
    private static final class RecordingTransport implements Transport {
        final Transport jdk = new JdkHttpTransport(Duration.ofSeconds(5));
        final List<Thread> blockingSends = new CopyOnWriteArrayList<>();
        final List<Thread> asyncSends = new CopyOnWriteArrayList<>();

        @Override
        public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
            blockingSends.add(Thread.currentThread());
            return jdk.send(request);
        }

        @Override
        public CompletableFuture<TransportResponse> sendAsync(TransportRequest request) {
            asyncSends.add(Thread.currentThread());
            return jdk.sendAsync(request);
        }
    }

    /** Notes the thread every hook runs on. */
    private static final class ThreadsSeen implements Interceptor {
        final List<Thread> threads = new CopyOnWriteArrayList<>();

        @Override
        public void onCallStart(CallContext call) {
            threads.add(Thread.currentThread());
        }

        @Override
        public TransportRequest onRequest(CallInfo attempt, TransportRequest request) {
            threads.add(Thread.currentThread());
            return request;
        }

        @Override
        public void onResponse(CallInfo attempt, TransportRequest request, TransportResponse response, Duration elapsed) {
            threads.add(Thread.currentThread());
        }

        @Override
        public void onCallEnd(CallContext call, CallResult result) {
            threads.add(Thread.currentThread());
        }
    }

    private static WhmcsClient client(URI endpoint, Transport transport, RetryPolicy retries, Interceptor interceptor) {
        return WhmcsClient.builder().endpoint(endpoint).credentials(Credentials.apiKey("id", "secret"))
                .transport(transport).retryPolicy(retries).requestTimeout(Duration.ofMinutes(5))
                .interceptor(interceptor).allowPlainHttp().build();
    }

    @Test
    void aSynchronousCallRunsOnTheCallersThreadRetriesIncluded() {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.answer("WhmcsDetails", "{\"result\":\"success\",\"whmcs\":{\"version\":\"8.13.1\"}}");
            standIn.fail("WhmcsDetails", Fault.httpStatus(503), 1);
            RecordingTransport transport = new RecordingTransport();
            ThreadsSeen hooks = new ThreadsSeen();
            client(standIn.endpoint(), transport, QUICK_RETRIES, hooks).system().whmcsDetails();
            assertEquals(List.of(Thread.currentThread(), Thread.currentThread()), transport.blockingSends);
            assertEquals(List.of(), transport.asyncSends);
            assertEquals(Set.of(Thread.currentThread()), Set.copyOf(hooks.threads));
            assertEquals(6, hooks.threads.size()); // start, 2 × (request, response), end
        }
    }

    @Test
    void everyPageOfAPaginatorIsFetchedOnTheCallersThread() {
        try (WhmcsStandIn standIn = WhmcsStandIn.startWithSpec().listSize(30)) {
            RecordingTransport transport = new RecordingTransport();
            long clients = client(standIn.endpoint(), transport, QUICK_RETRIES, new ThreadsSeen()).clients()
                    .getClientsPaginator(r -> r.limitnum(10)).stream().count();
            assertEquals(30, clients);
            assertEquals(List.of(Thread.currentThread(), Thread.currentThread(), Thread.currentThread()),
                    transport.blockingSends);
        }
    }

    @Test
    void anAsynchronousCallUsesOnlyTheNonBlockingSend() throws Exception {
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.answer("WhmcsDetails", "{\"result\":\"success\",\"whmcs\":{\"version\":\"8.13.1\"}}");
            standIn.fail("WhmcsDetails", Fault.httpStatus(503), 1);
            RecordingTransport transport = new RecordingTransport();
            client(standIn.endpoint(), transport, QUICK_RETRIES, new ThreadsSeen()).system()
                    .whmcsDetailsAsync(r -> { }).get(30, TimeUnit.SECONDS);
            assertEquals(2, transport.asyncSends.size());
            assertEquals(List.of(), transport.blockingSends);
        }
    }

    /** Runs {@code call} on a new thread, interrupts it once {@code sent} opens, and returns what it threw. */
    private static WhmcsTransportException interruptOnceSent(Runnable call, CountDownLatch sent,
                                                            AtomicReference<Boolean> flagAfter) throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                call.run();
            } catch (Throwable e) {
                thrown.set(e);
            }
            flagAfter.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertTrue(sent.await(30, TimeUnit.SECONDS), "the request never arrived");
        caller.interrupt();
        caller.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(caller.isAlive(), "the interrupted call went on");
        return assertInstanceOf(WhmcsTransportException.class, thrown.get());
    }

    @Test
    void interruptingASynchronousCallStopsItAndKeepsTheFlag() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        try (MisbehavingServer server = new MisbehavingServer(n -> {
            arrived.countDown();
            return new MisbehavingServer.Stall();
        })) {
            WhmcsClient whmcs = client(URI.create(server.endpoint()), new JdkHttpTransport(Duration.ofSeconds(5)),
                    RetryPolicy.none(), new ThreadsSeen());
            AtomicReference<Boolean> flag = new AtomicReference<>();
            WhmcsTransportException e = interruptOnceSent(
                    () -> whmcs.billing().capturePayment(r -> r.invoiceid(7)), arrived, flag);
            assertTrue(flag.get(), "the interrupt flag was not set again");
            assertTrue(e.outcomeUnknown());
            assertInstanceOf(InterruptedException.class, e.getCause());
            assertTrue(e.getMessage().startsWith("CapturePayment: interrupted while waiting for the response; the"
                    + " request may have reached WHMCS"), e.getMessage());
            assertTrue(server.awaitClosedByClient(10), "the connection was left open");
        }
    }

    @Test
    void interruptingTheWaitBeforeARetryStopsIt() throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        try (WhmcsStandIn standIn = WhmcsStandIn.start()) {
            standIn.on("WhmcsDetails", call -> new StandInResponse(503, "text/html", "<html>busy</html>")
                    .withHeader("Retry-After", "3600"));
            Interceptor onAnswer = new Interceptor() {
                @Override
                public void onResponse(CallInfo attempt, TransportRequest request, TransportResponse response,
                                       Duration elapsed) {
                    answered.countDown();
                }
            };
            WhmcsClient whmcs = client(standIn.endpoint(), new JdkHttpTransport(Duration.ofSeconds(5)),
                    new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofDays(2)), onAnswer);
            AtomicReference<Boolean> flag = new AtomicReference<>();
            WhmcsTransportException e = interruptOnceSent(() -> whmcs.system().whmcsDetails(), answered, flag);
            assertTrue(flag.get(), "the interrupt flag was not set again");
            assertFalse(e.outcomeUnknown());
            assertEquals(1, standIn.calls().size());
        }
    }
}
