package io.github.whmcs4j.cli;

import io.github.whmcs4j.cli.drift.DriftCommand;
import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.spec.BundledSpecs;
import io.github.whmcs4j.spec.LoadedSpecs;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code whmcs4j-cli}: every WHMCS command of the bundled spec from a terminal, and a drift report.
 * Exit status: 0 success, 1 a WHMCS error answer, 2 a usage or connection error, 3 drift found. A
 * failure is one line on stderr; its stack trace only with {@code --verbose}.
 */
@Command(name = "whmcs4j-cli", mixinStandardHelpOptions = true, version = "whmcs4j-cli",
        description = "Calls WHMCS API commands, typed and checked by the whmcs4j spec, and reports spec drift.")
public final class WhmcsCli implements Callable<Integer> {
    /** Exit status of a success. */
    public static final int OK = 0;
    /** Exit status when WHMCS answered {@code result=error}. */
    public static final int WHMCS_ERROR = 1;
    /** Exit status of a usage or connection error. */
    public static final int USAGE_OR_CONNECTION = 2;
    /** Exit status of {@code drift} when WHMCS sent what the spec does not describe. */
    public static final int DRIFT_FOUND = 3;

    private WhmcsCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the tool with these arguments and returns its exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        LoadedSpecs specs = BundledSpecs.load();
        SecretValues secrets = new SecretValues(args, specs);
        CommandLine cli = commandLine(specs, out);
        cli.setOut(out).setErr(err);
        cli.setParameterExceptionHandler((problem, ignored) -> {
            err.println(secrets.redact("whmcs4j-cli: " + oneLine(problem) + " (see --help)"));
            err.flush();
            return USAGE_OR_CONNECTION;
        });
        cli.setExecutionExceptionHandler((failure, line, ignored) -> {
            err.println(secrets.redact("whmcs4j-cli: " + oneLine(failure)));
            if (verbose) {
                java.io.StringWriter trace = new java.io.StringWriter();
                failure.printStackTrace(new PrintWriter(trace));
                err.print(secrets.redact(trace.toString()));
            }
            err.flush();
            return failure instanceof WhmcsApiException ? WHMCS_ERROR : USAGE_OR_CONNECTION;
        });
        return cli.execute(args);
    }

    static CommandLine commandLine(LoadedSpecs specs, PrintWriter out) {
        CommandLine cli = new CommandLine(new WhmcsCli());
        cli.addSubcommand(new CommandLine(new CommandsCommand(specs, out)));
        CommandLine call = new CommandLine(new CallGroup());
        specs.commands().forEach(command -> call.addSubcommand(command.name(), new CommandLine(CallCommand.of(command, out))));
        cli.addSubcommand("call", call);
        cli.addSubcommand(new CommandLine(new DriftCommand(out)));
        cli.setSubcommandsCaseInsensitive(true);
        return cli;
    }

    private static String oneLine(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public Integer call() {
        throw new UsageException("give a command: commands, call COMMAND, or drift");
    }

    /** {@code call}, whose subcommands are the WHMCS commands. */
    @Command(name = "call", mixinStandardHelpOptions = true,
            description = "Calls one WHMCS command: call COMMAND --help lists its parameters.")
    static final class CallGroup implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new UsageException("give the WHMCS command to call, such as call GetClients; 'commands' lists them all");
        }
    }
}
