package com.example.sdk.things;

import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.runtime.spi.ApiRequest;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.spi.Envelope;
import io.github.whmcs4j.runtime.spi.FormWriter;
import io.github.whmcs4j.runtime.spi.RedactedToString;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * A request for {@code GetThing}: Reads the file under C:&#92;users&#92;whmcs.
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

    private GetThingRequest(Builder builder) {
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
        return builder;
    }

    /**
     * Writes the parameters that are set, in spec order (not the action or credentials).
     */
    void writeParameters(FormWriter form) {
    }

    /**
     * This request as the runtime sends it, for the facade: the wire plumbing stays out of the public API.
     */
    ApiRequest<GetThingResponse> apiRequest() {
        return ApiRequest.of(COMMAND, this::writeParameters);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GetThingRequest;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    /**
     * The parameters that are set; secret values show as {@code ***}.
     */
    @Override
    public String toString() {
        return new RedactedToString("GetThingRequest")
                .toString();
    }

    /**
     * Builds a {@link GetThingRequest}. Not thread-safe; {@code build()} may be called more than once.
     */
    public static final class Builder {
        private Builder() {
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
