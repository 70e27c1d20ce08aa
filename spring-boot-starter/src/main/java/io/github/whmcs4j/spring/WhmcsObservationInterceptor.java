package io.github.whmcs4j.spring;

import io.github.whmcs4j.runtime.CallContext;
import io.github.whmcs4j.runtime.CallResult;
import io.github.whmcs4j.runtime.Interceptor;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * One Micrometer {@link Observation} named {@value #NAME} per WHMCS call, retries included: started
 * when the call starts, stopped when it ends, with the command, the client's name, whether the
 * command only reads, the outcome (a WHMCS {@code result=error} under HTTP 200 included) and the
 * number of HTTP attempts as low-cardinality key values, and the failure as the observation's error.
 * Metrics and traces follow from the handlers registered on the {@link ObservationRegistry}.
 */
public final class WhmcsObservationInterceptor implements Interceptor {
    /** The observation's name, and so the name of the timer Micrometer's metrics handler records. */
    public static final String NAME = "whmcs.call";

    private static final CallContext.Key<Observation> OBSERVATION = CallContext.Key.named("micrometer observation");

    private final ObservationRegistry registry;
    private final String client;

    /**
     * @param registry where the observations go
     * @param client the client's name ({@code whmcs}, or a named instance's name), as the key value {@code whmcs.client}
     */
    public WhmcsObservationInterceptor(ObservationRegistry registry, String client) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public void onCallStart(CallContext call) {
        Observation observation = Observation.createNotStarted(NAME, registry)
                .contextualName("whmcs " + call.action())
                .lowCardinalityKeyValue("whmcs.command", call.action())
                .lowCardinalityKeyValue("whmcs.client", client)
                .lowCardinalityKeyValue("whmcs.read_only", Boolean.toString(call.readOnly()))
                .start();
        call.put(OBSERVATION, observation);
    }

    @Override
    public void onCallEnd(CallContext call, CallResult result) {
        Observation observation = call.get(OBSERVATION);
        if (observation == null) {
            return;
        }
        observation.lowCardinalityKeyValue("whmcs.outcome", result.outcome().name())
                .lowCardinalityKeyValue("whmcs.attempts", Integer.toString(result.attempts()));
        if (result.failure() != null) {
            observation.error(result.failure()); // the SDK's own exception: its message carries no secret
        }
        observation.stop();
    }
}
