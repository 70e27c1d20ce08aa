package io.github.whmcs4j.runtime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Options for the calls of one client view: a request timeout, and extra parameters for what the
 * spec does not describe yet. Apply them with a generated client's {@code withOptions(...)}; every
 * call through that view, every page of a paginator included, carries them.
 *
 * <pre>{@code
 * WhmcsClient patient = whmcs.withOptions(CallOptions.none().timeout(Duration.ofMinutes(2)));
 * }</pre>
 */
public final class CallOptions {
    private static final CallOptions NONE = new CallOptions(null, Map.of(), Set.of());

    private final Duration timeout;
    private final Map<String, String> extraParameters;
    private final Set<String> secretParameters;

    private CallOptions(Duration timeout, Map<String, String> extraParameters, Set<String> secretParameters) {
        this.timeout = timeout;
        this.extraParameters = Map.copyOf(extraParameters);
        this.secretParameters = Set.copyOf(secretParameters);
    }

    /** No options: the client's defaults. */
    public static CallOptions none() {
        return NONE;
    }

    /** The same options with this request timeout, instead of the client's. */
    public CallOptions timeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        return new CallOptions(timeout, extraParameters, secretParameters);
    }

    /**
     * The same options with one more parameter sent on every call, after the request's own. A name
     * that looks secret ({@code password*}, {@code secret}, {@code accesskey}, {@code cvv}, {@code card*},
     * {@code eppcode}, {@code *token*}, whatever the case) is redacted as if given to
     * {@link #secretParameter}.
     */
    public CallOptions parameter(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(extraParameters);
        more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new CallOptions(timeout, more, secretParameters);
    }

    /** Like {@link #parameter}, for a value that must never appear in logs or messages. */
    public CallOptions secretParameter(String name, String value) {
        CallOptions added = parameter(name, value);
        Set<String> secrets = new java.util.HashSet<>(secretParameters);
        secrets.add(name);
        return new CallOptions(added.timeout, added.extraParameters, secrets);
    }

    /** These options overridden by {@code other}'s: its timeout if set, and its parameters added. */
    CallOptions merge(CallOptions other) {
        Map<String, String> parameters = new LinkedHashMap<>(extraParameters);
        parameters.putAll(other.extraParameters);
        Set<String> secrets = new java.util.HashSet<>(secretParameters);
        secrets.addAll(other.secretParameters);
        return new CallOptions(other.timeout != null ? other.timeout : timeout, parameters, secrets);
    }

    /** The request timeout, or {@code null} for the client's. */
    public Duration timeout() {
        return timeout;
    }

    /** The extra parameters, in the order added (iteration order is stable for a given set). */
    public Map<String, String> extraParameters() {
        return extraParameters;
    }

    boolean isSecret(String name) {
        return secretParameters.contains(name) || SensitiveNames.isSensitive(name);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("CallOptions[");
        if (timeout != null) {
            text.append("timeout=").append(timeout);
        }
        extraParameters.forEach((name, value) -> text.append(text.length() > 12 ? ", " : "").append(name).append('=')
                .append(isSecret(name) ? "***" : value));
        return text.append(']').toString();
    }
}
