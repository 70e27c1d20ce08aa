package io.github.whmcs4j.runtime;

import io.github.whmcs4j.runtime.spi.ApiRequest;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.spi.Envelope;
import io.github.whmcs4j.runtime.spi.RedactedToString;
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
public final class RawRequest {
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

    /** This request as the runtime sends it. */
    ApiRequest<RawResponse> apiRequest() {
        return ApiRequest.of(command, form -> parameters.forEach(form::addValue));
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
         * A parameter: a string, number, boolean, date or enum; a collection (sent as {@code name[0]=…});
         * or a map (sent as {@code name[key]=…}); collections and maps nest at any depth, as PHP's
         * {@code http_build_query} writes them ({@code items[0][id]=1&items[0][qty]=2}). Any other value
         * is refused with {@link io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException} when the
         * request is sent. A name that looks secret ({@code password*}, {@code secret}, {@code accesskey},
         * {@code cvv}, {@code card*}, {@code eppcode}, {@code *token*}, whatever the case) is redacted as
         * if given to {@link #secretParam}.
         */
        public Builder param(String name, Object value) {
            parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            if (SensitiveNames.isSensitive(name)) {
                secrets.add(name);
            }
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
