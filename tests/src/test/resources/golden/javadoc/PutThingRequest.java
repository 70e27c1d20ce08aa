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
 * A request for {@code PutThing}: Puts a thing &#92;u002a/ class X &#123;&#125; &#47;* and *&#47; then &#123;&#64;code x&#125; &lt;b&gt;bold&lt;/b&gt; &amp; &#64;author me.
 *
 * <p>Changes data in WHMCS: never sent twice by the SDK.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
public final class PutThingRequest {
    /**
     * What the runtime knows of {@code PutThing}: action, retry safety, envelope, secrets, decoder.
     */
    static final Command<PutThingResponse> COMMAND = new Command<>("PutThing", false,
            Envelope.RESULT, Set.of(), PutThingDecoder::decode);

    private final String path;

    private PutThingRequest(Builder builder) {
        this.path = builder.path;
    }

    /**
     * A path such as C:&#92;u0041&#92;&#92;x, or *&#47; or &#47;* or &#64;see or &lt;/p&gt;.
     *
     * @return the value, or {@code null} when not set
     */
    public String path() {
        return path;
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
        builder.path = this.path;
        return builder;
    }

    /**
     * Writes the parameters that are set, in spec order (not the action or credentials).
     */
    void writeParameters(FormWriter form) {
        form.add("path", this.path);
    }

    /**
     * This request as the runtime sends it, for the facade: the wire plumbing stays out of the public API.
     */
    ApiRequest<PutThingResponse> apiRequest() {
        return ApiRequest.of(COMMAND, this::writeParameters);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof PutThingRequest that
                && Objects.equals(this.path, that.path));
    }

    @Override
    public int hashCode() {
        return Objects.hash(path);
    }

    /**
     * The parameters that are set; secret values show as {@code ***}.
     */
    @Override
    public String toString() {
        return new RedactedToString("PutThingRequest")
                .add("path", path)
                .toString();
    }

    /**
     * Builds a {@link PutThingRequest}. Not thread-safe; {@code build()} may be called more than once.
     */
    public static final class Builder {
        private String path;

        private Builder() {
        }

        /**
         * A path such as C:&#92;u0041&#92;&#92;x, or *&#47; or &#47;* or &#64;see or &lt;/p&gt;.
         *
         * @param path the value
         * @return this builder
         */
        public Builder path(String path) {
            this.path = path;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws WhmcsInvalidRequestException naming every required parameter that is not set
         */
        public PutThingRequest build() {
            return new PutThingRequest(this);
        }
    }
}
