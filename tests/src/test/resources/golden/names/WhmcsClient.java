package com.example.sdk;

import com.example.sdk.projectmanagement.ProjectManagementApi;
import io.github.whmcs4j.runtime.ApiClient;
import io.github.whmcs4j.runtime.CallOptions;
import io.github.whmcs4j.runtime.ClientBuilder;
import io.github.whmcs4j.runtime.RawRequest;
import io.github.whmcs4j.runtime.RawResponse;
import io.github.whmcs4j.runtime.spi.Command;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * The entry point of the generated WHMCS SDK: one facade per category of commands.
 *
 * <pre>{@code
 * WhmcsClient whmcs = WhmcsClient.builder()
 *     .endpoint("https://billing.example.com/includes/api.php")
 *     .credentials(Credentials.apiKey(identifier, secret))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * <h2>Commands</h2>
 *
 * <p>1 commands in 1 facades. Read-only commands change nothing and are safe to retry; paginated ones take {@code limitstart} and {@code limitnum}.
 *
 * <table class="striped">
 * <caption>{@link com.example.sdk.projectmanagement.ProjectManagementApi} ({@code projectManagement()})</caption>
 * <thead><tr><th scope="col">Command</th><th scope="col">Read-only</th><th scope="col">Paginated</th><th scope="col">What it does</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@code get-odd_Thing}</th><td>yes</td><td></td><td>Gets a thing whose names Java does not take as they are.</td></tr>
 * </tbody>
 * </table>
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
public final class WhmcsClient {
    private final ApiClient api;

    private final ProjectManagementApi projectManagement;

    private WhmcsClient(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
        this.projectManagement = new ProjectManagementApi(api);
    }

    /**
     * Starts configuring a client: endpoint and credentials are required.
     *
     * @return a new builder
     */
    public static ClientBuilder<WhmcsClient> builder() {
        return new ClientBuilder<>(WhmcsClient::new);
    }

    /**
     * A client over an existing core, sharing its connection and settings.
     *
     * @param api the configured client core
     * @return the client
     */
    public static WhmcsClient of(ApiClient api) {
        return new WhmcsClient(api);
    }

    /**
     * A view of this client whose calls (every page of a paginator included) carry these options: a request timeout, extra parameters. It shares this client's connections.
     *
     * @param options the options to add
     * @return the view
     */
    public WhmcsClient withOptions(CallOptions options) {
        return new WhmcsClient(api.withOptions(options));
    }

    /**
     * Calls any action by name, for custom actions and what the spec does not cover yet, with the same credentials, transport and errors.
     *
     * @param request the action and its parameters
     * @return the envelope, and the rest of the response as a tree
     */
    public RawResponse raw(RawRequest request) {
        return api.execute(request);
    }

    /**
     * What the runtime knows of one of this SDK's commands (action, retry safety, envelope, secret parameters, decoder), for tools built on the runtime's SPI ({@code io.github.whmcs4j.runtime.spi}); applications call the facades.
     *
     * @param action the command's name, as {@code action=} takes it
     * @return the command, or empty when this SDK has none of that name
     */
    public static Optional<Command<?>> command(String action) {
        return Stream.of(ProjectManagementApi.commands()).flatMap(List::stream)
                .filter(command -> command.action().equals(action)).findFirst();
    }

    /**
     * The core this client runs on, for facades generated from other specs.
     *
     * @return the core
     */
    public ApiClient api() {
        return api;
    }

    /**
     * The ProjectManagement commands.
     *
     * @return the facade
     */
    public ProjectManagementApi projectManagement() {
        return projectManagement;
    }

    @Override
    public String toString() {
        return "WhmcsClient[" + api + "]";
    }
}
