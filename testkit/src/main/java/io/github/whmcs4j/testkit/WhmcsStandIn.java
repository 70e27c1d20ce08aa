package io.github.whmcs4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.whmcs4j.spec.BundledSpecs;
import io.github.whmcs4j.spec.LoadedSpecs;
import io.github.whmcs4j.spec.model.CommandSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A local stand-in for a WHMCS installation, on 127.0.0.1 and a free port: it serves
 * {@code /includes/api.php}, records every call with its exact form body, checks the credentials
 * like WHMCS does, and answers each action with what the test or demo registered for it.
 *
 * <pre>{@code
 * try (WhmcsStandIn whmcs = WhmcsStandIn.start().requireApiKey("id", "secret")) {
 *     whmcs.answer("GetClients", "{\"result\":\"success\",\"totalresults\":0}");
 *     ... call whmcs.endpoint() ...
 *     ReceivedCall call = whmcs.lastCall();
 * }
 * }</pre>
 *
 * <p>Given a spec ({@link #startWithSpec()}, or {@link #useSpec}), it also behaves like WHMCS for every
 * command of that spec: it rejects a call whose required parameter is missing or whose value is not of
 * its type with a {@code result=error} answer, and answers a command that has no registered answer
 * with a plausible response generated from the spec ({@link #seed}, {@link #listSize}). Faults can be
 * played for the next calls of an action ({@link #fail}).
 */
public final class WhmcsStandIn implements AutoCloseable {
    /** The path WHMCS serves its API on. */
    public static final String API_PATH = "/includes/api.php";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Function<ReceivedCall, StandInResponse>> actions = new ConcurrentHashMap<>();
    private final List<ReceivedCall> calls = new CopyOnWriteArrayList<>();
    private volatile String identifier;
    private volatile String secret;
    private final Map<String, CommandSpec> specCommands = new ConcurrentHashMap<>();
    private final Map<String, QueuedFault> faults = new ConcurrentHashMap<>();
    private volatile long seed = 1;
    private volatile int listSize = 3;

    /** A fault with how many more calls it applies to. */
    private record QueuedFault(Fault fault, AtomicInteger remaining) {
    }

    private WhmcsStandIn(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts a stand-in on 127.0.0.1 and a free port. */
    public static WhmcsStandIn start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
                Thread thread = new Thread(runnable, "whmcs-stand-in");
                thread.setDaemon(true);
                return thread;
            });
            WhmcsStandIn standIn = new WhmcsStandIn(server, executor);
            server.createContext("/", standIn::handle);
            server.setExecutor(executor);
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the WHMCS stand-in on 127.0.0.1", e);
        }
    }

    /** Starts a stand-in that knows every command of the spec bundled with whmcs4j. */
    public static WhmcsStandIn startWithSpec() {
        return start().useSpec(BundledSpecs.load());
    }

    /**
     * Checks calls to the commands of {@code specs} against them, and answers those without a
     * registered answer from them. Commands of later calls replace earlier ones of the same name.
     */
    public WhmcsStandIn useSpec(LoadedSpecs specs) {
        if (!specs.isSound()) {
            throw new IllegalArgumentException("the spec has problems: " + specs.problems().get(0));
        }
        specs.commands().forEach(command -> specCommands.put(command.name().toLowerCase(Locale.ROOT), command));
        return this;
    }

    /** The seed of generated answers (default 1): the same seed gives the same answers. */
    public WhmcsStandIn seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** How many rows a generated list has (default 3); for a paginated command, the total over all pages. */
    public WhmcsStandIn listSize(int listSize) {
        if (listSize < 0) {
            throw new IllegalArgumentException("listSize must not be negative");
        }
        this.listSize = listSize;
        return this;
    }

    /** Plays {@code fault} for the next {@code calls} calls of {@code action}, then answers as before. */
    public WhmcsStandIn fail(String action, Fault fault, int calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be at least 1");
        }
        faults.put(action.toLowerCase(Locale.ROOT), new QueuedFault(fault, new AtomicInteger(calls)));
        return this;
    }

    /**
     * Back to a fresh state for the next test: forgets registered answers, pending faults and
     * received calls, and generates from seed 1 with lists of 3; keeps the port, credentials and spec.
     */
    public void reset() {
        actions.clear();
        faults.clear();
        calls.clear();
        seed = 1;
        listSize = 3;
    }

    /** The full URL of the stand-in's {@code includes/api.php}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + API_PATH);
    }

    /** Accepts only these API credentials; others get WHMCS's "Authentication Failed" with HTTP 403. */
    public WhmcsStandIn requireApiKey(String identifier, String secret) {
        this.identifier = identifier;
        this.secret = secret;
        return this;
    }

    /** Answers {@code action} with whatever {@code responder} returns for each call. */
    public WhmcsStandIn on(String action, Function<ReceivedCall, StandInResponse> responder) {
        actions.put(action.toLowerCase(Locale.ROOT), responder);
        return this;
    }

    /** Answers {@code action} with this WHMCS response (given as JSON), in the format each call asks for. */
    public WhmcsStandIn answer(String action, String json) {
        return on(action, call -> StandInResponse.whmcs(call, 200, json));
    }

    /** Every call received so far, oldest first. */
    public List<ReceivedCall> calls() {
        return List.copyOf(calls);
    }

    /** The most recent call. */
    public ReceivedCall lastCall() {
        if (calls.isEmpty()) {
            throw new IllegalStateException("the stand-in has received no call");
        }
        return calls.get(calls.size() - 1);
    }

    /** Forgets the calls received so far. */
    public void clearCalls() {
        calls.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            ReceivedCall call = new ReceivedCall(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body, parse(body), headers);
            calls.add(call);
            Fault fault = takeFault(call.action());
            if (fault == null) {
                send(exchange, respond(call));
                return;
            }
            switch (fault.kind()) {
                case DROP_CONNECTION -> { }  // closing the exchange before any header drops the connection
                case HTTP_STATUS -> send(exchange, new StandInResponse(fault.status(), "text/html",
                        "<html><body><h1>HTTP " + fault.status() + "</h1></body></html>"));
                case HTML_PAGE -> send(exchange, StandInResponse.html(
                        "<html><body><h1>Down for maintenance</h1><p>Please try again later.</p></body></html>"));
                case EMPTY_BODY -> send(exchange, StandInResponse.json(""));
                case STALL -> {
                    sleep(fault.stall());
                    send(exchange, respond(call));
                }
                case TRUNCATED_BODY -> {
                    StandInResponse whole = respond(call);
                    send(exchange, new StandInResponse(whole.status(), whole.contentType(),
                            whole.body().substring(0, whole.body().length() / 2), whole.headers()));
                }
            }
        }
    }

    private Fault takeFault(String action) {
        QueuedFault queued = faults.get(action.toLowerCase(Locale.ROOT));
        if (queued == null || queued.remaining().getAndDecrement() <= 0) {
            return null;
        }
        return queued.fault();
    }

    private static void sleep(java.time.Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, StandInResponse response) throws IOException {
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", response.contentType() + "; charset=utf-8");
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private StandInResponse respond(ReceivedCall call) {
        if (!call.method().equals("POST") || !call.path().equals(API_PATH)) {
            return new StandInResponse(404, "text/html", "<html><body>Not Found</body></html>");
        }
        if (identifier != null && !(identifier.equals(call.parameter("identifier").orElse(null))
                && secret.equals(call.parameter("secret").orElse(null)))) {
            return StandInResponse.error(call, 403, "Authentication Failed");
        }
        if (call.action().isEmpty()) {
            return StandInResponse.error(call, 200, "Empty action request");
        }
        String action = call.action().toLowerCase(Locale.ROOT);
        Function<ReceivedCall, StandInResponse> responder = actions.get(action);
        CommandSpec command = specCommands.get(action);
        if (command != null) {
            java.util.Optional<String> problem = RequestCheck.problem(command, call);
            if (problem.isPresent()) {
                return StandInResponse.error(call, 200, problem.get());
            }
            if (responder == null) {
                return StandInResponse.whmcs(call, 200, new ResponseGenerator(seed, listSize).answer(command, call));
            }
        }
        if (responder == null) {
            return StandInResponse.error(call, 200, "Invalid API Action: \"" + call.action() + "\" is not a valid API action");
        }
        return responder.apply(call);
    }

    /** Decodes a form body as PHP does: {@code +} is a space, {@code %XX} are UTF-8 bytes. */
    static List<Map.Entry<String, String>> parse(String body) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (body.isEmpty()) {
            return parameters;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(new AbstractMap.SimpleImmutableEntry<>(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
        return parameters;
    }
}
