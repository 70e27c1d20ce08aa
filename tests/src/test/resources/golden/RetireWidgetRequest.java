package com.example.sdk.widgets;

import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.runtime.spi.ApiRequest;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.spi.Envelope;
import io.github.whmcs4j.runtime.spi.FormWriter;
import io.github.whmcs4j.runtime.spi.RedactedToString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
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
public final class RetireWidgetRequest {
    /**
     * What the runtime knows of {@code RetireWidget}: action, retry safety, envelope, secrets, decoder.
     */
    static final Command<RetireWidgetResponse> COMMAND = new Command<>("RetireWidget", false,
            Envelope.STATUS, Set.of(), RetireWidgetDecoder::decode);

    private final Long id;

    private final List<Part> part;

    private RetireWidgetRequest(Builder builder) {
        this.id = builder.id;
        this.part = List.copyOf(builder.part);
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
     * Parts to take off first. Each element is sent as {@code partname1}, {@code partweight1}, {@code partkept1} for the first, with suffix 2 for the second, and so on.
     *
     * @return the values, empty when not set
     */
    public List<Part> part() {
        return part;
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
        builder.id = this.id;
        builder.part.addAll(this.part);
        return builder;
    }

    /**
     * Writes the parameters that are set, in spec order (not the action or credentials).
     */
    void writeParameters(FormWriter form) {
        form.add("id", this.id);
        for (int number = 1; number <= this.part.size(); number++) {
            var element = this.part.get(number - 1);
            form.add("partname" + number, element.name());
            form.add("partweight" + number, element.weight());
            form.add("partkept" + number, element.partkept());
        }
    }

    /**
     * This request as the runtime sends it, for the facade: the wire plumbing stays out of the public API.
     */
    ApiRequest<RetireWidgetResponse> apiRequest() {
        return ApiRequest.of(COMMAND, this::writeParameters);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof RetireWidgetRequest that
                && Objects.equals(this.id, that.id)
                && Objects.equals(this.part, that.part));
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, part);
    }

    /**
     * The parameters that are set; secret values show as {@code ***}.
     */
    @Override
    public String toString() {
        return new RedactedToString("RetireWidgetRequest")
                .add("id", id)
                .add("part", part)
                .toString();
    }

    /**
     * One element of {@code part}. Each element is sent as {@code partname1}, {@code partweight1}, {@code partkept1} for the first, with suffix 2 for the second, and so on.
     *
     * @param name the {@code partnameN} parameter. Required.
     * @param weight Weight in grams. Sent as {@code partweightN}. Optional: {@code null} leaves it out.
     * @param partkept the {@code partkeptN} parameter. Optional: {@code null} leaves it out. Not in the public WHMCS API reference, and no other public source confirms that WHMCS reads it.
     */
    public record Part(String name, BigDecimal weight, Boolean partkept) {
        /**
         * Checks that every required member is given.
         *
         * @param name the {@code partnameN} parameter. Required.
         * @param weight Weight in grams. Sent as {@code partweightN}. Optional: {@code null} leaves it out.
         * @param partkept the {@code partkeptN} parameter. Optional: {@code null} leaves it out. Not in the public WHMCS API reference, and no other public source confirms that WHMCS reads it.
         */
        public Part {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Builds a {@link RetireWidgetRequest}. Not thread-safe; {@code build()} may be called more than once.
     */
    public static final class Builder {
        private Long id;

        private final ArrayList<Part> part = new ArrayList<>();

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
         * Parts to take off first. Each element is sent as {@code partname1}, {@code partweight1}, {@code partkept1} for the first, with suffix 2 for the second, and so on.
         *
         * @param part the value
         * @return this builder
         */
        public Builder part(Collection<? extends Part> part) {
            this.part.clear();
            part.forEach(this::addPart);
            return this;
        }

        /**
         * Parts to take off first. Each element is sent as {@code partname1}, {@code partweight1}, {@code partkept1} for the first, with suffix 2 for the second, and so on.
         *
         * @param part the value
         * @return this builder
         */
        public Builder addPart(Part part) {
            this.part.add(Objects.requireNonNull(part, "part"));
            return this;
        }

        /**
         * Parts to take off first. Each element is sent as {@code partname1}, {@code partweight1}, {@code partkept1} for the first, with suffix 2 for the second, and so on.
         *
         * @param name the {@code partnameN} parameter. Required.
         * @param weight Weight in grams. Sent as {@code partweightN}. Optional: {@code null} leaves it out.
         * @param partkept the {@code partkeptN} parameter. Optional: {@code null} leaves it out. Not in the public WHMCS API reference, and no other public source confirms that WHMCS reads it.
         * @return this builder
         */
        public Builder addPart(String name, BigDecimal weight, Boolean partkept) {
            return addPart(new Part(name, weight, partkept));
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws WhmcsInvalidRequestException naming every required parameter that is not set
         */
        public RetireWidgetRequest build() {
            List<String> missing = new ArrayList<>();
            if (this.id == null) {
                missing.add("id");
            }
            WhmcsInvalidRequestException.requireAll("RetireWidget", missing);
            return new RetireWidgetRequest(this);
        }
    }
}
