package com.example.sdk.widgets;

import io.github.whmcs4j.runtime.ApiClient;
import io.github.whmcs4j.runtime.error.WhmcsException;
import java.util.Objects;
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
        return api.execute(request);
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
     * Calls {@code RetireWidget}: Retires a widget.
     *
     * @param request the request
     * @return the decoded response
     * @throws WhmcsException when WHMCS answers with an error, the call fails, or the response cannot be read
     * @deprecated deprecated by WHMCS 8.5.
     */
    @Deprecated
    public RetireWidgetResponse retireWidget(RetireWidgetRequest request) {
        return api.execute(request);
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
}
