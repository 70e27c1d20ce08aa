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
 * A request for {@code GetThing}: Gets a thing.
 *
 * <p>Changes data in WHMCS: never sent twice by the SDK.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
public final class GetThingRequest {
    /**
     * What the runtime knows of {@code GetThing}: action, retry safety, envelope, secrets, decoder.
     */
    static final Command<GetThingResponse> COMMAND = new Command<>("GetThing", false,
            Envelope.RESULT, Set.of(), GetThingDecoder::decode);

    private final String other;

    private final String that;

    private GetThingRequest(Builder builder) {
        this.other = builder.other;
        this.that = builder.that;
    }

    /**
     * The {@code other} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String other() {
        return other;
    }

    /**
     * The {@code that} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String that() {
        return that;
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
        builder.other = this.other;
        builder.that = this.that;
        return builder;
    }

    /**
     * Writes the parameters that are set, in spec order (not the action or credentials).
     */
    void writeParameters(FormWriter form) {
        form.add("other", this.other);
        form.add("that", this.that);
    }

    /**
     * This request as the runtime sends it, for the facade: the wire plumbing stays out of the public API.
     */
    ApiRequest<GetThingResponse> apiRequest() {
        return ApiRequest.of(COMMAND, this::writeParameters);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof GetThingRequest that
                && Objects.equals(this.other, that.other)
                && Objects.equals(this.that, that.that));
    }

    @Override
    public int hashCode() {
        return Objects.hash(other, that);
    }

    /**
     * The parameters that are set; secret values show as {@code ***}.
     */
    @Override
    public String toString() {
        return new RedactedToString("GetThingRequest")
                .add("other", other)
                .add("that", that)
                .toString();
    }

    /**
     * Builds a {@link GetThingRequest}. Not thread-safe; {@code build()} may be called more than once.
     */
    public static final class Builder {
        private String other;

        private String that;

        private Builder() {
        }

        /**
         * The {@code other} parameter.
         *
         * @param other the value
         * @return this builder
         */
        public Builder other(String other) {
            this.other = other;
            return this;
        }

        /**
         * The {@code that} parameter.
         *
         * @param that the value
         * @return this builder
         */
        public Builder that(String that) {
            this.that = that;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws WhmcsInvalidRequestException naming every required parameter that is not set
         */
        public GetThingRequest build() {
            return new GetThingRequest(this);
        }
    }
}
