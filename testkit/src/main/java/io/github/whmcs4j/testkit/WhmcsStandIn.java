package io.github.whmcs4j.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
            StandInResponse response = respond(call);
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
        Function<ReceivedCall, StandInResponse> responder = actions.get(call.action().toLowerCase(Locale.ROOT));
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
