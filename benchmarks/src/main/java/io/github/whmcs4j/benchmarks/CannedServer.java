package io.github.whmcs4j.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A WHMCS stand-in for {@link CallBenchmark}, in a process of its own so that its CPU time is not
 * counted as the client's: on 127.0.0.1, it reads each POST to its end and answers every one with the
 * same canned {@code GetClients} body. It prints {@code port <n>} once listening, and exits when its
 * standard input closes (when the benchmark, or its JVM, ends).
 */
public final class CannedServer {
    /** Clients in the canned answer: one WHMCS page at its default size. */
    static final int CLIENTS = 25;

    private CannedServer() {
    }

    public static void main(String[] args) throws IOException {
        byte[] body = Payloads.getClientsJson(CLIENTS);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        ExecutorService workers = Executors.newFixedThreadPool(8);
        server.setExecutor(workers);
        server.createContext("/includes/api.php", exchange -> answer(exchange, body));
        server.start();
        System.out.println("port " + server.getAddress().getPort());
        System.out.flush();
        while (System.in.read() != -1) {
            // wait for the benchmark to go away
        }
        server.stop(0);
        workers.shutdownNow();
    }

    private static void answer(HttpExchange exchange, byte[] body) throws IOException {
        try (InputStream request = exchange.getRequestBody()) {
            request.transferTo(OutputStream.nullOutputStream()); // the whole request, so the connection is reused
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream response = exchange.getResponseBody()) {
            response.write(body);
        }
    }
}
