package io.github.whmcs4j.cli;

import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the tool in-process against a stand-in and keeps its exit status and output. */
record Cli(int status, String out, String err) {
    static final String IDENTIFIER = "cli-identifier";
    static final String SECRET = "cli-secret-value";

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = WhmcsCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(status, out.toString(), err.toString());
    }

    /** {@code args} followed by the connection options for {@code standIn}. */
    static Cli against(WhmcsStandIn standIn, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--endpoint", standIn.endpoint().toString(), "--identifier", IDENTIFIER, "--secret", SECRET,
                "--allow-plain-http"));
        return run(all.toArray(String[]::new));
    }
}
