package com.example.sdk.things;

import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.runtime.spi.ApiRequest;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.spi.Envelope;
import io.github.whmcs4j.runtime.spi.FormWriter;
import io.github.whmcs4j.runtime.spi.RedactedToString;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * A request for {@code SetThing}: Sets a thing.
 *
 * <p>Changes data in WHMCS: never sent twice by the SDK.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
public final class SetThingRequest {
    /**
     * What the runtime knows of {@code SetThing}: action, retry safety, envelope, secrets, decoder.
     */
    static final Command<SetThingResponse> COMMAND = new Command<>("SetThing", false,
            Envelope.RESULT, Set.of(), SetThingDecoder::decode);

    private final String form;

    private SetThingRequest(Builder builder) {
        this.form = builder.form;
    }

    /**
     * The {@code form} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String form() {
        return form;
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
        builder.form = this.form;
        return builder;
    }

    /**
     * Writes the parameters that are set, in spec order (not the action or credentials).
     */
    void writeParameters(FormWriter form) {
        form.add("form", this.form);
    }

    /**
     * This request as the runtime sends it, for the facade: the wire plumbing stays out of the public API.
     */
    ApiRequest<SetThingResponse> apiRequest() {
        return ApiRequest.of(COMMAND, this::writeParameters);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof SetThingRequest that
                && Objects.equals(this.form, that.form));
    }

    @Override
    public int hashCode() {
        return Objects.hash(form);
    }

    /**
     * The parameters that are set; secret values show as {@code ***}.
     */
    @Override
    public String toString() {
        return new RedactedToString("SetThingRequest")
                .add("form", form)
                .toString();
    }

    /**
     * Builds a {@link SetThingRequest}. Not thread-safe; {@code build()} may be called more than once.
     */
    public static final class Builder {
        private String form;

        private Builder() {
        }

        /**
         * The {@code form} parameter.
         *
         * @param form the value
         * @return this builder
         */
        public Builder form(String form) {
            this.form = form;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws WhmcsInvalidRequestException naming every required parameter that is not set
         */
        public SetThingRequest build() {
            return new SetThingRequest(this);
        }
    }
}
