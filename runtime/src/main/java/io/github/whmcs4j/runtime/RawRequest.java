package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.codec.FormWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A call to any action, described by name and parameters instead of a spec: the escape hatch for
 * custom actions and for what the spec does not cover yet. It goes through the same credentials,
 * transport, retries (only if marked read-only) and errors as generated requests.
 *
 * <pre>{@code
 * RawResponse answer = whmcs.raw(RawRequest.action("GetLicenseStatus").param("licensekey", key).readOnly().build());
 * String status = (String) answer.fields().get("status");
 * }</pre>
 */
public final class RawRequest implements ApiRequest<RawResponse> {
    private final Command<RawResponse> command;
    private final Map<String, Object> parameters;

    private RawRequest(Builder builder) {
        this.command = new Command<>(builder.action, builder.readOnly, builder.envelope, builder.secrets,
                RawResponse::read);
        this.parameters = new LinkedHashMap<>(builder.parameters);
    }

    /** Starts a request for {@code action}, exactly as {@code action=} takes it. */
    public static Builder action(String action) {
        return new Builder(action);
    }

    @Override
    public Command<RawResponse> command() {
        return command;
    }

    @Override
    public void writeParameters(FormWriter form) {
        parameters.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                form.addArray(name, values);
            } else if (value instanceof Map<?, ?> map) {
                Map<String, Object> entries = new LinkedHashMap<>();
                map.forEach((key, entry) -> entries.put(String.valueOf(key), entry));
                form.addMap(name, entries);
            } else {
                form.addValue(name, value);
            }
        });
    }

    @Override
    public String toString() {
        RedactedToString text = new RedactedToString("RawRequest[" + command.action() + "]");
        parameters.forEach((name, value) -> {
            if (command.sensitiveParameters().contains(name)) {
                text.addSecret(name, value);
            } else {
                text.add(name, value);
            }
        });
        return text.toString();
    }

    /** Builds a {@link RawRequest}. */
    public static final class Builder {
        private final String action;
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private final Set<String> secrets = new LinkedHashSet<>();
        private boolean readOnly;
        private Envelope envelope = Envelope.RESULT;

        private Builder(String action) {
            this.action = Objects.requireNonNull(action, "action");
            if (action.isBlank()) {
                throw new IllegalArgumentException("action must not be blank");
            }
        }

        /**
         * A parameter: a string, number, boolean or date; a collection (sent as {@code name[0]=…}); or
         * a map (sent as {@code name[key]=…}).
         */
        public Builder param(String name, Object value) {
            parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** A parameter whose value must never appear in logs, messages or {@code toString()}. */
        public Builder secretParam(String name, Object value) {
            secrets.add(name);
            return param(name, value);
        }

        /** Marks the action as changing nothing, so the client may retry it on transient failures. */
        public Builder readOnly() {
            this.readOnly = true;
            return this;
        }

        /** How the action reports success, when it is not {@code result}. */
        public Builder envelope(Envelope envelope) {
            this.envelope = Objects.requireNonNull(envelope, "envelope");
            return this;
        }

        public RawRequest build() {
            return new RawRequest(this);
        }
    }
}
