package com.example.sdk.widgets;

import io.github.whmcs4j.runtime.ApiClient;
import io.github.whmcs4j.runtime.Paginator;
import io.github.whmcs4j.runtime.error.WhmcsException;
import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.runtime.spi.Command;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The WHMCS Widgets commands: Widgets, for testing the generator.
 *
 * <p>Obtain it from the client; it is as thread-safe as the client itself.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
public final class WidgetsApi {
    private final ApiClient api;

    /**
     * A facade over {@code api}.
     *
     * @param api the configured client core
     */
    public WidgetsApi(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /**
     * Calls {@code GetWidgets}: Lists widgets. Read-only.
     *
     * @param request the request
     * @return the decoded response
     * @throws WhmcsException when WHMCS answers with an error, the call fails, or the response cannot be read
     */
    public GetWidgetsResponse getWidgets(GetWidgetsRequest request) {
        return api.execute(request.apiRequest());
    }

    /**
     * Calls {@code GetWidgets}: Lists widgets. Read-only.
     *
     * @param request sets the request's parameters on a fresh builder
     * @return the decoded response
     * @throws WhmcsException when WHMCS answers with an error, the call fails, or the response cannot be read
     */
    public GetWidgetsResponse getWidgets(Consumer<GetWidgetsRequest.Builder> request) {
        GetWidgetsRequest.Builder builder = GetWidgetsRequest.builder();
        request.accept(builder);
        return getWidgets(builder.build());
    }

    /**
     * Calls {@code GetWidgets} without blocking: Lists widgets.
     *
     * <p>The future completes with the response, or exceptionally with the exceptions the blocking method throws.
     *
     * @param request the request
     * @return the response, when it arrives
     */
    public CompletableFuture<GetWidgetsResponse> getWidgetsAsync(GetWidgetsRequest request) {
        return api.executeAsync(request.apiRequest());
    }

    /**
     * Calls {@code GetWidgets} without blocking: Lists widgets.
     *
     * <p>The future completes with the response, or exceptionally with the exceptions the blocking method throws.
     *
     * @param request sets the request's parameters on a fresh builder
     * @return the response, when it arrives
     * @throws WhmcsInvalidRequestException when required parameters are missing
     */
    public CompletableFuture<GetWidgetsResponse> getWidgetsAsync(
            Consumer<GetWidgetsRequest.Builder> request) {
        GetWidgetsRequest.Builder builder = GetWidgetsRequest.builder();
        request.accept(builder);
        return getWidgetsAsync(builder.build());
    }

    /**
     * Every item of {@code GetWidgets}'s {@code widgets}, over all pages: Lists widgets.
     *
     * <p>Pages are fetched as the items are consumed, each with the request's parameters and a page's {@code limitstart} and {@code limitnum} (the request's {@code limitnum}, or {@link Paginator#DEFAULT_PAGE_SIZE}), until {@code totalresults} items have come. Nothing is sent before the first item is asked for.
     *
     * @param request the request
     * @return the items
     */
    public Paginator<GetWidgetsResponse.Widget> getWidgetsPaginator(GetWidgetsRequest request) {
        return Paginator.of(api,
                (start, size) -> request.toBuilder().limitstart(start).limitnum(size).build().apiRequest(),
                GetWidgetsResponse::widgets, GetWidgetsResponse::totalresults, request.limitnum(),
                request.limitstart());
    }

    /**
     * Every item of {@code GetWidgets}'s {@code widgets}, over all pages: Lists widgets.
     *
     * <p>Pages are fetched as the items are consumed, each with the request's parameters and a page's {@code limitstart} and {@code limitnum} (the request's {@code limitnum}, or {@link Paginator#DEFAULT_PAGE_SIZE}), until {@code totalresults} items have come. Nothing is sent before the first item is asked for.
     *
     * @param request sets the request's parameters on a fresh builder
     * @return the items
     */
    public Paginator<GetWidgetsResponse.Widget> getWidgetsPaginator(
            Consumer<GetWidgetsRequest.Builder> request) {
        GetWidgetsRequest.Builder builder = GetWidgetsRequest.builder();
        request.accept(builder);
        return getWidgetsPaginator(builder.build());
    }

    /**
     * The request for the page after {@code response}, the answer to {@code request}: the same parameters, {@code limitstart} past the items that arrived; empty when {@code response} was the last page.
     *
     * @param request the request that was sent
     * @param response its answer
     * @return the next page's request, or empty
     */
    public Optional<GetWidgetsRequest> getWidgetsNextPageRequest(GetWidgetsRequest request,
            GetWidgetsResponse response) {
        return Paginator.nextOffset(request.limitstart(), response)
                .map(start -> request.toBuilder().limitstart(start).build());
    }

    /**
     * Calls {@code RetireWidget}: Retires a widget.
     *
     * @param request the request
     * @return the decoded response
     * @throws WhmcsException when WHMCS answers with an error, the call fails, or the response cannot be read
     * @deprecated deprecated by WHMCS 8.5.
     */
    @Deprecated
    public RetireWidgetResponse retireWidget(RetireWidgetRequest request) {
        return api.execute(request.apiRequest());
    }

    /**
     * Calls {@code RetireWidget}: Retires a widget.
     *
     * @param request sets the request's parameters on a fresh builder
     * @return the decoded response
     * @throws WhmcsException when WHMCS answers with an error, the call fails, or the response cannot be read
     * @deprecated deprecated by WHMCS 8.5.
     */
    @Deprecated
    public RetireWidgetResponse retireWidget(Consumer<RetireWidgetRequest.Builder> request) {
        RetireWidgetRequest.Builder builder = RetireWidgetRequest.builder();
        request.accept(builder);
        return retireWidget(builder.build());
    }

    /**
     * Calls {@code RetireWidget} without blocking: Retires a widget.
     *
     * <p>The future completes with the response, or exceptionally with the exceptions the blocking method throws.
     *
     * @param request the request
     * @return the response, when it arrives
     * @deprecated deprecated by WHMCS 8.5.
     */
    @Deprecated
    public CompletableFuture<RetireWidgetResponse> retireWidgetAsync(RetireWidgetRequest request) {
        return api.executeAsync(request.apiRequest());
    }

    /**
     * Calls {@code RetireWidget} without blocking: Retires a widget.
     *
     * <p>The future completes with the response, or exceptionally with the exceptions the blocking method throws.
     *
     * @param request sets the request's parameters on a fresh builder
     * @return the response, when it arrives
     * @throws WhmcsInvalidRequestException when required parameters are missing
     * @deprecated deprecated by WHMCS 8.5.
     */
    @Deprecated
    public CompletableFuture<RetireWidgetResponse> retireWidgetAsync(
            Consumer<RetireWidgetRequest.Builder> request) {
        RetireWidgetRequest.Builder builder = RetireWidgetRequest.builder();
        request.accept(builder);
        return retireWidgetAsync(builder.build());
    }

    /**
     * What the runtime knows of each command of this facade, for tools built on the runtime's SPI ({@code io.github.whmcs4j.runtime.spi}); applications call the command methods.
     *
     * @return the commands, in name order
     */
    @SuppressWarnings("deprecation")
    public static List<Command<?>> commands() {
        return List.of(GetWidgetsRequest.COMMAND, RetireWidgetRequest.COMMAND);
    }
}
