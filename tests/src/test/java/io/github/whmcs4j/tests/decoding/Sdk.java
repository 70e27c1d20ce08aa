package io.github.whmcs4j.tests.decoding;

import io.github.whmcs4j.runtime.internal.ResponseDecoding;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.spi.DecodeOptions;
import io.github.whmcs4j.runtime.transport.TransportResponse;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.tests.reference.BundledSpec;
import java.util.LinkedHashMap;
import java.util.Locale;
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

    /** The generated request's public {@code COMMAND} constant. */
    static synchronized Command<?> command(String action) {
        return COMMANDS.computeIfAbsent(action, name -> {
            CommandSpec spec = spec(name);
            String base = spec.javaName() != null ? spec.javaName() : spec.name();
            String className = "io.github.whmcs4j.sdk." + spec.category().toLowerCase(Locale.ROOT) + "."
                    + Character.toUpperCase(base.charAt(0)) + base.substring(1) + "Request";
            try {
                return (Command<?>) Class.forName(className).getField("COMMAND").get(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no generated command for " + name, e);
            }
        });
    }

    static Object decode(String action, byte[] body) {
        return decode(action, body, DecodeOptions.DEFAULTS);
    }

    static Object decode(String action, byte[] body, DecodeOptions options) {
        return ResponseDecoding.decode(command(action), new TransportResponse(200, body), options);
    }
}
