package io.github.whmcs4j.tests.decoding;

import io.github.whmcs4j.runtime.internal.ResponseDecoding;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.spi.DecodeOptions;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.tests.reference.BundledSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The generated SDK's commands, looked up by name, and decoding a body as the transport hands it over. */
final class Sdk {
    /**
     * The warnings about values that cannot be typed, which these tests make by the thousand on purpose,
     * are not printed (held here: a logger nobody references may be collected, and its level with it).
     */
    private static final Logger DECODING_WARNINGS = quiet(Logger.getLogger("io.github.whmcs4j.decoding"));
    private static final Map<String, CommandSpec> SPECS = BundledSpec.commands();
    private static final Map<String, Command<?>> COMMANDS = new LinkedHashMap<>();

    private Sdk() {
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    static Map<String, CommandSpec> specs() {
        return SPECS;
    }

    static CommandSpec spec(String action) {
        CommandSpec spec = SPECS.get(action);
        if (spec == null) {
            throw new IllegalArgumentException("no command " + action + " in the spec");
        }
        return spec;
    }

    /** The generated command, found through the SDK's lookup by action (and kept: tests ask thousands of times). */
    static synchronized Command<?> command(String action) {
        return COMMANDS.computeIfAbsent(action, name -> WhmcsClient.command(spec(name).name())
                .orElseThrow(() -> new IllegalStateException("no generated command for " + name)));
    }

    static Object decode(String action, byte[] body) {
        return decode(action, body, DecodeOptions.DEFAULTS);
    }

    static Object decode(String action, byte[] body, DecodeOptions options) {
        return ResponseDecoding.decode(command(action), new TransportResponse(200, body), options);
    }
}
