package io.github.whmcs4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.whmcs4j.benchmarks.databind.ClientsResponse;
import io.github.whmcs4j.benchmarks.databind.InvoicesResponse;
import io.github.whmcs4j.benchmarks.databind.Mappers;
import io.github.whmcs4j.runtime.internal.ResponseDecoding;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.billing.GetInvoicesResponse;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decodes one large WHMCS response per operation, four ways over the same bytes:
 * <ul>
 *   <li>{@link #generated}: the SDK's generated decoder, through its public entry point
 *       ({@link ResponseDecoding#decode}), envelope checks included;</li>
 *   <li>{@link #databind}: Jackson databind ({@code XmlMapper} for XML) into equivalent hand-written
 *       records;</li>
 *   <li>{@link #untypedMap}: databind into a {@code Map}, the way WHMCS clients in other languages
 *       read responses;</li>
 *   <li>{@link #tokenScan}: every token of the body and nothing else, the floor any decoder built on
 *       the same parser stands on.</li>
 * </ul>
 * Setup checks that the typed decoders agree with each other on every value, for JSON and XML, so
 * the numbers compare equal work.
 *
 * <p>The defaults below are a short run (a few minutes on two cores); JMH's command-line options
 * override them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Five warm-up seconds were not always enough for databind's deserializers to reach C2 on two cores; ten are.
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
// A fixed heap, large enough that the 10,000-record results never crowd it, so GC sizing does not vary between runs.
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecodeBenchmark {
    /** Which response: {@code GetClients} (10,000 clients) or {@code GetInvoices} (5,000 invoices). */
    @Param({"GetClients", "GetInvoices"})
    public String command;

    /** The response type WHMCS was asked for: {@code json} or {@code xml}. */
    @Param({"json", "xml"})
    public String format;

    private byte[] body;
    private Command<?> sdkCommand;
    private Class<?> recordType;
    private ObjectMapper mapper;
    private JsonFactory parsers;

    @Setup
    public void setUp() throws IOException {
        body = Payloads.response(command, format);
        boolean clients = command.equals("GetClients");
        sdkCommand = WhmcsClient.command(command).orElseThrow();
        recordType = clients ? ClientsResponse.class : InvoicesResponse.class;
        mapper = format.equals("xml") ? Mappers.xml() : Mappers.json();
        parsers = mapper.getFactory();
        checkDecodersAgree(clients ? Payloads.CLIENTS : Payloads.INVOICES);
    }

    /** Fails the trial unless the SDK read every item and databind read the same values. */
    private void checkDecodersAgree(int expectedItems) throws IOException {
        Object decoded = generated();
        int items = decoded instanceof GetClientsResponse response ? response.clients().size()
                : ((GetInvoicesResponse) decoded).invoices().size();
        if (items != expectedItems) {
            throw new IllegalStateException(command + " " + format + ": the SDK read " + items + " items");
        }
        SameValues.check(decoded, databind());
    }

    @Benchmark
    public Object generated() {
        return ResponseDecoding.decode(sdkCommand, new TransportResponse(200, body));
    }

    @Benchmark
    public Object databind() throws IOException {
        return mapper.readValue(body, recordType);
    }

    @Benchmark
    public Object untypedMap() throws IOException {
        return mapper.readValue(body, Map.class);
    }

    @Benchmark
    public int tokenScan() throws IOException {
        int tokens = 0;
        try (JsonParser parser = parsers.createParser(body)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }
}
