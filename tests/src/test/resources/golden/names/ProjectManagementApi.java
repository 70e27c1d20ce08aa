package com.example.sdk.projectmanagement;

import io.github.whmcs4j.runtime.ApiClient;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.runtime.spi.Command;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The WHMCS Project Management commands: Every kind of name PHP accepts.
 *
 * <p>Obtain it from the client; it is as thread-safe as the client itself.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
public final class ProjectManagementApi {
    private final ApiClient api;

    /**
     * A facade over {@code api}.
     *
     * @param api the configured client core
     */
    public ProjectManagementApi(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Calls {@code get-odd_Thing}: Gets a thing whose names Java does not take as they are. Read-only.
     *
     * @param request the request
     * @return the decoded response
     * @throws WhmcsException when WHMCS answers with an error, the call fails, or the response cannot be read
     */
    public GetOddThingResponse getOddThing(GetOddThingRequest request) {
        return api.execute(request.apiRequest());
    }

    /**
     * Calls {@code get-odd_Thing}: Gets a thing whose names Java does not take as they are. Read-only.
     *
     * @param request sets the request's parameters on a fresh builder
     * @return the decoded response
     * @throws WhmcsException when WHMCS answers with an error, the call fails, or the response cannot be read
     */
    public GetOddThingResponse getOddThing(Consumer<GetOddThingRequest.Builder> request) {
        GetOddThingRequest.Builder builder = GetOddThingRequest.builder();
        request.accept(builder);
        return getOddThing(builder.build());
    }

    /**
     * Calls {@code get-odd_Thing} without blocking: Gets a thing whose names Java does not take as they are.
     *
     * <p>The future completes with the response, or exceptionally with the exceptions the blocking method throws.
     *
     * @param request the request
     * @return the response, when it arrives
     */
    public CompletableFuture<GetOddThingResponse> getOddThingAsync(GetOddThingRequest request) {
        return api.executeAsync(request.apiRequest());
    }

    /**
     * Calls {@code get-odd_Thing} without blocking: Gets a thing whose names Java does not take as they are.
     *
     * <p>The future completes with the response, or exceptionally with the exceptions the blocking method throws.
     *
     * @param request sets the request's parameters on a fresh builder
     * @return the response, when it arrives
     * @throws WhmcsInvalidRequestException when required parameters are missing
     */
    public CompletableFuture<GetOddThingResponse> getOddThingAsync(
            Consumer<GetOddThingRequest.Builder> request) {
        GetOddThingRequest.Builder builder = GetOddThingRequest.builder();
        request.accept(builder);
        return getOddThingAsync(builder.build());
    }

    /**
     * What the runtime knows of each command of this facade, for tools built on the runtime's SPI ({@code io.github.whmcs4j.runtime.spi}); applications call the command methods.
     *
     * @return the commands, in name order
     */
    public static List<Command<?>> commands() {
        return List.of(GetOddThingRequest.COMMAND);
    }
}
