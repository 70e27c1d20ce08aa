package io.github.whmcs4j.testkit;

import io.github.whmcs4j.spec.ScalarText;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.ParamEncoding;
import io.github.whmcs4j.spec.model.ParamKind;
import io.github.whmcs4j.spec.model.ParamSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a received call against its command's spec as WHMCS would reject it: a required parameter
 * missing, or a value that is not of the parameter's type. Parameters the spec does not name are
 * ignored, as WHMCS ignores them.
 */
final class RequestCheck {
    private RequestCheck() {
    }

    /** The error message WHMCS would answer with, or empty when the call is acceptable. */
    static Optional<String> problem(CommandSpec command, ReceivedCall call) {
        for (ParamSpec param : command.params()) {
            List<String> values = valuesOf(param, call.parameters());
            if (values.isEmpty()) {
                if (param.required()) {
                    return Optional.of("Missing required parameter: " + param.name());
                }
                continue;
            }
            if (param.kind() == ParamKind.SCALAR || param.kind() == ParamKind.ARRAY || param.kind() == ParamKind.MAP) {
                for (String value : values) {
                    if (!ScalarText.fits(param.type(), value)) {
                        return Optional.of("Invalid value for " + param.name() + ": expected "
                                + param.type().specName() + ", got \"" + abbreviated(value, param) + "\"");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every value sent for {@code param}: {@code name=v}, {@code name[i]=v}, {@code name[key]=v}, or a CSV list. */
    private static List<String> valuesOf(ParamSpec param, List<Map.Entry<String, String>> parameters) {
        String prefix = param.name() + "[";
        return parameters.stream()
                .filter(entry -> entry.getKey().equals(param.name())
                        || (!param.name().contains("[") && entry.getKey().startsWith(prefix)))
                .flatMap(entry -> param.encoding() == ParamEncoding.CSV && !entry.getValue().isEmpty()
                        ? List.of(entry.getValue().split(",", -1)).stream() : java.util.stream.Stream.of(entry.getValue()))
                .toList();
    }

    private static String abbreviated(String value, ParamSpec param) {
        if (param.sensitive()) {
            return "***";
        }
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
