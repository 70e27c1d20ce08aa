package io.github.whmcs4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.whmcs4j.benchmarks.databind.ClientsResponse;
import io.github.whmcs4j.benchmarks.databind.Mappers;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.runtime.RetryPolicy;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole {@code GetClients} call per operation over loopback, against the same local server
 * ({@link CannedServer}, in its own process, answering a 25-client page), two ways:
 * <ul>
 *   <li>{@code bare}: what a hand-written client does: the form body built with {@link URLEncoder},
 *       {@link HttpClient#send} with the body as bytes (sent again at once if the connection fails),
 *       Jackson databind into records;</li>
 *   <li>{@code sdk}: the SDK's synchronous call, {@code whmcs.clients().getClients(r -> r.limitnum(25))}.</li>
 * </ul>
 * each on one thread and on 64. Both use an {@code HttpClient} built the same way (the SDK's default
 * transport's settings), the same request timeout and the same retries. Setup checks that both read
 * the same 25 clients.
 * The CPU time the profiler reports is the client's alone, since the server runs in another process.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Both sides (and the server, a fresh process per fork) take 8 to 10 s of calls to reach a steady rate;
// a shorter warm-up leaves the JIT's work in the measurement, more of it on the side with more code.
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class CallBenchmark {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String IDENTIFIER = "benchmark-identifier";
    private static final String SECRET = "benchmark-secret";
    /**
     * Attempts per call on both sides, with no wait between them: under 64 threads the server now and then
     * closes a pooled connection as a call picks it up, and that call must not end the fork on one side
     * and pause on the other (the SDK's default retry waits up to 200 ms first).
     */
    private static final int ATTEMPTS = 3;

    private Process server;
    private URI endpoint;
    private HttpClient http;
    private ObjectMapper mapper;
    private WhmcsClient whmcs;

    @Setup
    public void setUp() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // TCP_NODELAY, as HTTP servers in front of PHP set it: otherwise headers and body written apart
        // wait for the client's delayed ACK, 40 ms a call, and the benchmark would measure nothing else
        server = new ProcessBuilder(java, "-Xmx256m", "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
                CannedServer.class.getName()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        if (line == null || !line.startsWith("port ")) {
            throw new IllegalStateException("the canned server did not start: " + line);
        }
        endpoint = URI.create("http://127.0.0.1:" + line.substring(5).trim() + "/includes/api.php");
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        mapper = Mappers.json();
        whmcs = WhmcsClient.builder().endpoint(endpoint).credentials(Credentials.apiKey(IDENTIFIER, SECRET))
                .connectTimeout(Duration.ofSeconds(10)).requestTimeout(TIMEOUT).allowPlainHttp()
                .retryPolicy(new RetryPolicy(ATTEMPTS, Duration.ZERO, Duration.ZERO, TIMEOUT)).build();
        checkBothReadTheSameClients();
    }

    @TearDown
    public void tearDown() throws IOException {
        server.getOutputStream().close(); // the server exits when its input closes
        server.destroy();
    }

    private void checkBothReadTheSameClients() throws IOException {
        GetClientsResponse sdk;
        ClientsResponse bare;
        try {
            sdk = sdk();
            bare = bare();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (sdk.clients().size() != CannedServer.CLIENTS) {
            throw new IllegalStateException("the SDK read " + sdk.clients().size() + " clients");
        }
        SameValues.check(sdk, bare);
    }

    @Benchmark
    @Threads(1)
    public ClientsResponse bare() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return bareAttempt();
            } catch (IOException failed) {
                if (attempt == ATTEMPTS) {
                    throw failed;
                }
            }
        }
    }

    private ClientsResponse bareAttempt() throws IOException, InterruptedException {
        String form = "action=GetClients&identifier=" + URLEncoder.encode(IDENTIFIER, StandardCharsets.UTF_8)
                + "&secret=" + URLEncoder.encode(SECRET, StandardCharsets.UTF_8) + "&responsetype=json&limitnum=25";
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        ClientsResponse clients = mapper.readValue(response.body(), ClientsResponse.class);
        if (response.statusCode() != 200 || !"success".equals(clients.result())) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ", result " + clients.result());
        }
        return clients;
    }

    @Benchmark
    @Threads(1)
    public GetClientsResponse sdk() {
        return whmcs.clients().getClients(r -> r.limitnum(25));
    }

    @Benchmark
    @Threads(64)
    @Warmup(iterations = 20, time = 2) // under 64 threads the rate still climbs after 20 s
    public ClientsResponse bare64() throws IOException, InterruptedException {
        return bare();
    }

    @Benchmark
    @Threads(64)
    @Warmup(iterations = 20, time = 2)
    public GetClientsResponse sdk64() {
        return sdk();
    }
}
