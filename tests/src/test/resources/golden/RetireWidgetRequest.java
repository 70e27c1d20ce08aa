package com.example.sdk.widgets;

import io.github.whmcs4j.runtime.ApiRequest;
import io.github.whmcs4j.runtime.Command;
import io.github.whmcs4j.runtime.Envelope;
import io.github.whmcs4j.runtime.RedactedToString;
import io.github.whmcs4j.runtime.codec.FormWriter;
import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * A request for {@code RetireWidget}: Retires a widget.
 *
 * <p>Changes data in WHMCS: never sent twice by the SDK.
 *
 * @deprecated deprecated by WHMCS 8.5.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
@Deprecated
public final class RetireWidgetRequest implements ApiRequest<RetireWidgetResponse> {
    /**
     * What the runtime knows of {@code RetireWidget}: action, retry safety, envelope, secrets, decoder.
     */
    public static final Command<RetireWidgetResponse> COMMAND = new Command<>("RetireWidget", false,
            Envelope.STATUS, Set.of(), RetireWidgetDecoder::decode);

    private final Long id;

    private RetireWidgetRequest(Builder builder) {
        this.id = builder.id;
    }

    /**
     * The {@code id} parameter. Required.
     *
     * @return the value, or {@code null} when not set
     */
    public Long id() {
        return id;
    }

    /**
     * A new builder with no parameters set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this request's parameters, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        return builder;
    }

    @Override
    public Command<RetireWidgetResponse> command() {
        return COMMAND;
    }

    @Override
    public void writeParameters(FormWriter form) {
        form.add("id", id);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof RetireWidgetRequest that
                && Objects.equals(id, that.id));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    /**
     * The parameters that are set; secret values show as {@code ***}.
     */
    @Override
    public String toString() {
        return new RedactedToString("RetireWidgetRequest")
                .add("id", id)
                .toString();
    }

    /**
     * Builds a {@link RetireWidgetRequest}. Not thread-safe; {@code build()} may be called more than once.
     */
    public static final class Builder {
        private Long id;

        private Builder() {
        }

        /**
         * The {@code id} parameter. Required.
         *
         * @param id the value
         * @return this builder
         */
        public Builder id(long id) {
            this.id = id;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws WhmcsInvalidRequestException naming every required parameter that is not set
         */
        public RetireWidgetRequest build() {
            List<String> missing = new ArrayList<>();
            if (id == null) {
                missing.add("id");
            }
            WhmcsInvalidRequestException.requireAll("RetireWidget", missing);
            return new RetireWidgetRequest(this);
        }
    }
}
