package io.github.whmcs4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.spec.BundledSpecs;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar, cli/target/whmcs4j-cli.jar, run as users run it ({@code java -jar}); this class runs
 * in the integration-test phase, after package has built the jar.
 */
class RunnableJarTest {
    private static final Path JAR = Path.of("target", "whmcs4j-cli.jar");

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    private static Run run(Map<String, String> environment, String... args) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the jar is built by package: " + JAR.toAbsolutePath());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("WHMCS_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), out, err);
    }

    @Test
    void callPrintsATableAgainstTheStandIn() throws Exception {
        try (WhmcsStandIn standIn = WhmcsStandIn.startWithSpec().requireApiKey(Cli.IDENTIFIER, Cli.SECRET)) {
            Run run = run("call", "GetClients", "--endpoint", standIn.endpoint().toString(), "--identifier", Cli.IDENTIFIER,
                    "--secret", Cli.SECRET, "--allow-plain-http", "--output", "table");
            assertEquals(0, run.status(), run.err());
            List<String> lines = run.out().lines().toList();
            assertEquals("totalresults: 3", lines.get(0));
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("id ") && line.contains("| email")), run.out());
            assertTrue(lines.stream().anyMatch(line -> line.startsWith("3  |")), run.out());
            assertEquals("GetClients", standIn.lastCall().action());
        }
    }

    @Test
    void connectionOptionsComeFromTheEnvironmentAndHelpNeverShowsThem() throws Exception {
        try (WhmcsStandIn standIn = WhmcsStandIn.startWithSpec().requireApiKey(Cli.IDENTIFIER, Cli.SECRET)) {
            Map<String, String> environment = Map.of("WHMCS_ENDPOINT", standIn.endpoint().toString(),
                    "WHMCS_IDENTIFIER", Cli.IDENTIFIER, "WHMCS_SECRET", Cli.SECRET, "WHMCS_ACCESS_KEY", "access-key-value");
            Run call = run(environment, "call", "GetInvoices", "--allow-plain-http");
            assertEquals(0, call.status(), call.err());
            assertEquals("access-key-value", standIn.lastCall().parameter("accesskey").orElseThrow());
            Run help = run(environment, "call", "GetInvoices", "--help");
            assertEquals(0, help.status(), help.err());
            assertTrue(help.out().contains("WHMCS_SECRET"), help.out());
            assertFalse(help.out().contains(Cli.SECRET) || help.out().contains("access-key-value"), help.out());
        }
    }

    @Test
    void commandsListsAllCommands() throws Exception {
        Run run = run("commands");
        assertEquals(0, run.status(), run.err());
        assertEquals(BundledSpecs.load().commands().size() + 1, run.out().lines().count());
    }

    @Test
    void aUsageErrorIsOneLineAndExitStatusTwo() throws Exception {
        Run run = run("call", "GetUnicorns");
        assertEquals(2, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
    }
}
