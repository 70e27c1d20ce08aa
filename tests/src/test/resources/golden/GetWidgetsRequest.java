package com.example.sdk.widgets;

import io.github.whmcs4j.runtime.WhmcsEnum;
import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.runtime.spi.ApiRequest;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.spi.Envelope;
import io.github.whmcs4j.runtime.spi.FormWriter;
import io.github.whmcs4j.runtime.spi.RedactedToString;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * A request for {@code GetWidgets}: Lists widgets.
 *
 * <p>Read-only: safe to retry. Paginated over {@code widgets} with {@code limitstart} and {@code limitnum}. Since WHMCS 8.1.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
public final class GetWidgetsRequest {
    /**
     * What the runtime knows of {@code GetWidgets}: action, retry safety, envelope, secrets, decoder.
     */
    static final Command<GetWidgetsResponse> COMMAND = new Command<>("GetWidgets", true,
            Envelope.RESULT, Set.of("token"), GetWidgetsDecoder::decode);

    private final Integer limitstart;

    private final Integer limitnum;

    private final Long ownerid;

    private final String status;

    private final List<Long> ids;

    private final List<String> tags;

    private final Map<String, BigDecimal> prices;

    private final LocalDate since;

    private final Map<String, ?> fields;

    private final List<Map<String, ?>> options;

    private final String token;

    private final Boolean flags_new;

    private final String default_;

    private final Boolean urgent;

    private final Object files;

    private GetWidgetsRequest(Builder builder) {
        this.limitstart = builder.limitstart;
        this.limitnum = builder.limitnum;
        this.ownerid = builder.ownerid;
        this.status = builder.status;
        this.ids = List.copyOf(builder.ids);
        this.tags = List.copyOf(builder.tags);
        this.prices = Collections.unmodifiableMap(new LinkedHashMap<>(builder.prices));
        this.since = builder.since;
        this.fields = builder.fields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(builder.fields));
        this.options = List.copyOf(builder.options);
        this.token = builder.token;
        this.flags_new = builder.flags_new;
        this.default_ = builder.default_;
        this.urgent = builder.urgent;
        this.files = builder.files;
    }

    /**
     * The {@code limitstart} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer limitstart() {
        return limitstart;
    }

    /**
     * The {@code limitnum} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer limitnum() {
        return limitnum;
    }

    /**
     * Whose widgets. Required.
     *
     * @return the value, or {@code null} when not set
     */
    public Long ownerid() {
        return ownerid;
    }

    /**
     * The {@code status} parameter. One of: {@code Active}, {@code Payment Pending}.
     *
     * @return the value, or {@code null} when not set
     */
    public String status() {
        return status;
    }

    /**
     * The {@code ids} parameter. Sent as one comma-separated value.
     *
     * @return the values, empty when not set
     */
    public List<Long> ids() {
        return ids;
    }

    /**
     * The {@code tags} parameter. Sent as {@code tags[0]}, {@code [1]}, ….
     *
     * @return the values, empty when not set
     */
    public List<String> tags() {
        return tags;
    }

    /**
     * The {@code prices} parameter. Sent as {@code prices[key]}.
     *
     * @return the values, empty when not set
     */
    public Map<String, BigDecimal> prices() {
        return prices;
    }

    /**
     * The {@code since} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public LocalDate since() {
        return since;
    }

    /**
     * The {@code fields} parameter. Sent as base64 of PHP {@code serialize()} of the map.
     *
     * @return the value, or {@code null} when not set
     */
    public Map<String, ?> fields() {
        return fields;
    }

    /**
     * The {@code options} parameter. Each map is sent as base64 of PHP {@code serialize()}.
     *
     * @return the values, empty when not set
     */
    public List<Map<String, ?>> options() {
        return options;
    }

    /**
     * The {@code token} parameter. Secret: redacted in logs and {@code toString()}.
     *
     * @return the value, or {@code null} when not set
     *
     * @deprecated deprecated by WHMCS 8.0.
     */
    @Deprecated
    public String token() {
        return token;
    }

    /**
     * The {@code flags[new]} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean flags_new() {
        return flags_new;
    }

    /**
     * The {@code default} parameter. Not in the public WHMCS API reference, and no other public source confirms that WHMCS reads it.
     *
     * @return the value, or {@code null} when not set
     */
    public String default_() {
        return default_;
    }

    /**
     * The {@code urgent} parameter. Only true is sent (as {@code 1}); false leaves it out, so WHMCS keeps its default or the current value.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean urgent() {
        return urgent;
    }

    /**
     * The {@code files} parameter. Sent as base64 of its JSON text: maps, lists, strings, numbers and booleans.
     *
     * @return the value, or {@code null} when not set
     */
    public Object files() {
        return files;
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
        builder.limitstart = this.limitstart;
        builder.limitnum = this.limitnum;
        builder.ownerid = this.ownerid;
        builder.status = this.status;
        builder.ids.addAll(this.ids);
        builder.tags.addAll(this.tags);
        builder.prices.putAll(this.prices);
        builder.since = this.since;
        builder.fields = this.fields == null ? null : new LinkedHashMap<>(this.fields);
        builder.options.addAll(this.options);
        builder.token = this.token;
        builder.flags_new = this.flags_new;
        builder.default_ = this.default_;
        builder.urgent = this.urgent;
        builder.files = this.files;
        return builder;
    }

    /**
     * Writes the parameters that are set, in spec order (not the action or credentials).
     */
    void writeParameters(FormWriter form) {
        form.add("limitstart", this.limitstart);
        form.add("limitnum", this.limitnum);
        form.add("ownerid", this.ownerid);
        form.add("status", this.status);
        form.addCommaSeparated("ids", this.ids);
        form.addArray("tags", this.tags);
        form.addMap("prices", this.prices);
        form.add("since", this.since);
        form.addPhpSerialized("fields", this.fields);
        form.addPhpSerializedArray("options", this.options);
        form.add("token", this.token);
        form.add("flags[new]", this.flags_new);
        form.add("default", this.default_);
        form.addPresenceFlag("urgent", this.urgent);
        form.addBase64Json("files", this.files);
    }

    /**
     * This request as the runtime sends it, for the facade: the wire plumbing stays out of the public API.
     */
    ApiRequest<GetWidgetsResponse> apiRequest() {
        return ApiRequest.of(COMMAND, this::writeParameters);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof GetWidgetsRequest that
                && Objects.equals(this.limitstart, that.limitstart)
                && Objects.equals(this.limitnum, that.limitnum)
                && Objects.equals(this.ownerid, that.ownerid)
                && Objects.equals(this.status, that.status)
                && Objects.equals(this.ids, that.ids)
                && Objects.equals(this.tags, that.tags)
                && Objects.equals(this.prices, that.prices)
                && Objects.equals(this.since, that.since)
                && Objects.equals(this.fields, that.fields)
                && Objects.equals(this.options, that.options)
                && Objects.equals(this.token, that.token)
                && Objects.equals(this.flags_new, that.flags_new)
                && Objects.equals(this.default_, that.default_)
                && Objects.equals(this.urgent, that.urgent)
                && Objects.equals(this.files, that.files));
    }

    @Override
    public int hashCode() {
        return Objects.hash(limitstart, limitnum, ownerid, status, ids, tags, prices, since, fields,
                options, token, flags_new, default_, urgent, files);
    }

    /**
     * The parameters that are set; secret values show as {@code ***}.
     */
    @Override
    public String toString() {
        return new RedactedToString("GetWidgetsRequest")
                .add("limitstart", limitstart)
                .add("limitnum", limitnum)
                .add("ownerid", ownerid)
                .add("status", status)
                .add("ids", ids)
                .add("tags", tags)
                .add("prices", prices)
                .add("since", since)
                .add("fields", fields)
                .add("options", options)
                .addSecret("token", token)
                .add("flags[new]", flags_new)
                .add("default", default_)
                .add("urgent", urgent)
                .add("files", files)
                .toString();
    }

    /**
     * The values WHMCS accepts for {@code status}.
     */
    public enum WidgetStatus implements WhmcsEnum {
        /**
         * {@code Active}
         */
        ACTIVE("Active"),

        /**
         * {@code Payment Pending}
         */
        PAYMENT_PENDING("Payment Pending");

        private final String wireValue;

        WidgetStatus(String wireValue) {
            this.wireValue = wireValue;
        }

        @Override
        public String wireValue() {
            return wireValue;
        }

        /**
         * The constant WHMCS sends and reads as {@code wireValue}.
         *
         * @param wireValue the value as WHMCS sends it
         * @return its constant, or {@code null} for {@code null} or a value it does not know
         */
        public static WidgetStatus fromWireValue(String wireValue) {
            if (wireValue == null) {
                return null;
            }
            for (WidgetStatus constant : values()) {
                if (wireValue.equals(constant.wireValue)) {
                    return constant;
                }
            }
            return null;
        }
    }

    /**
     * Builds a {@link GetWidgetsRequest}. Not thread-safe; {@code build()} may be called more than once.
     */
    public static final class Builder {
        private Integer limitstart;

        private Integer limitnum;

        private Long ownerid;

        private String status;

        private final ArrayList<Long> ids = new ArrayList<>();

        private final ArrayList<String> tags = new ArrayList<>();

        private final LinkedHashMap<String, BigDecimal> prices = new LinkedHashMap<>();

        private LocalDate since;

        private Map<String, ?> fields;

        private final ArrayList<Map<String, ?>> options = new ArrayList<>();

        private String token;

        private Boolean flags_new;

        private String default_;

        private Boolean urgent;

        private Object files;

        private Builder() {
        }

        /**
         * The {@code limitstart} parameter.
         *
         * @param limitstart the value
         * @return this builder
         */
        public Builder limitstart(int limitstart) {
            this.limitstart = limitstart;
            return this;
        }

        /**
         * The {@code limitnum} parameter.
         *
         * @param limitnum the value
         * @return this builder
         */
        public Builder limitnum(int limitnum) {
            this.limitnum = limitnum;
            return this;
        }

        /**
         * Whose widgets. Required.
         *
         * @param ownerid the value
         * @return this builder
         */
        public Builder ownerid(long ownerid) {
            this.ownerid = ownerid;
            return this;
        }

        /**
         * The {@code status} parameter. One of: {@code Active}, {@code Payment Pending}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /**
         * The {@code status} parameter. One of: {@code Active}, {@code Payment Pending}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(WidgetStatus status) {
            this.status = status == null ? null : status.wireValue();
            return this;
        }

        /**
         * The {@code ids} parameter. Sent as one comma-separated value.
         *
         * @param ids the value
         * @return this builder
         */
        public Builder ids(Collection<? extends Long> ids) {
            this.ids.clear();
            ids.forEach(this::addIds);
            return this;
        }

        /**
         * The {@code ids} parameter. Sent as one comma-separated value.
         *
         * @param ids the value
         * @return this builder
         */
        public Builder addIds(long ids) {
            this.ids.add(Objects.requireNonNull(ids, "ids"));
            return this;
        }

        /**
         * The {@code tags} parameter. Sent as {@code tags[0]}, {@code [1]}, ….
         *
         * @param tags the value
         * @return this builder
         */
        public Builder tags(Collection<? extends String> tags) {
            this.tags.clear();
            tags.forEach(this::addTags);
            return this;
        }

        /**
         * The {@code tags} parameter. Sent as {@code tags[0]}, {@code [1]}, ….
         *
         * @param tags the value
         * @return this builder
         */
        public Builder addTags(String tags) {
            this.tags.add(Objects.requireNonNull(tags, "tags"));
            return this;
        }

        /**
         * The {@code prices} parameter. Sent as {@code prices[key]}.
         *
         * @param prices the value
         * @return this builder
         */
        public Builder prices(Map<String, ? extends BigDecimal> prices) {
            this.prices.clear();
            prices.forEach(this::putPrices);
            return this;
        }

        /**
         * The {@code prices} parameter. Sent as {@code prices[key]}.
         *
         * @param key the key in brackets
         * @param value its value
         * @return this builder
         */
        public Builder putPrices(String key, BigDecimal value) {
            this.prices.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * The {@code since} parameter.
         *
         * @param since the value
         * @return this builder
         */
        public Builder since(LocalDate since) {
            this.since = since;
            return this;
        }

        /**
         * The {@code fields} parameter. Sent as base64 of PHP {@code serialize()} of the map.
         *
         * @param fields the value
         * @return this builder
         */
        public Builder fields(Map<String, ?> fields) {
            this.fields = fields == null ? null : new LinkedHashMap<>(fields);
            return this;
        }

        /**
         * The {@code options} parameter. Each map is sent as base64 of PHP {@code serialize()}.
         *
         * @param options the value
         * @return this builder
         */
        public Builder options(Collection<? extends Map<String, ?>> options) {
            this.options.clear();
            options.forEach(this::addOptions);
            return this;
        }

        /**
         * The {@code options} parameter. Each map is sent as base64 of PHP {@code serialize()}.
         *
         * @param options the value
         * @return this builder
         */
        public Builder addOptions(Map<String, ?> options) {
            this.options.add(Collections.unmodifiableMap(new LinkedHashMap<>(options)));
            return this;
        }

        /**
         * The {@code token} parameter. Secret: redacted in logs and {@code toString()}.
         *
         * @param token the value
         * @return this builder
         *
         * @deprecated deprecated by WHMCS 8.0.
         */
        @Deprecated
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * The {@code flags[new]} parameter.
         *
         * @param flags_new the value
         * @return this builder
         */
        public Builder flags_new(boolean flags_new) {
            this.flags_new = flags_new;
            return this;
        }

        /**
         * The {@code default} parameter. Not in the public WHMCS API reference, and no other public source confirms that WHMCS reads it.
         *
         * @param default_ the value
         * @return this builder
         */
        public Builder default_(String default_) {
            this.default_ = default_;
            return this;
        }

        /**
         * The {@code urgent} parameter. Only true is sent (as {@code 1}); false leaves it out, so WHMCS keeps its default or the current value.
         *
         * @param urgent the value
         * @return this builder
         */
        public Builder urgent(boolean urgent) {
            this.urgent = urgent;
            return this;
        }

        /**
         * The {@code files} parameter. Sent as base64 of its JSON text: maps, lists, strings, numbers and booleans.
         *
         * @param files the value
         * @return this builder
         */
        public Builder files(Object files) {
            this.files = files;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws WhmcsInvalidRequestException naming every required parameter that is not set
         */
        public GetWidgetsRequest build() {
            List<String> missing = new ArrayList<>();
            if (this.ownerid == null) {
                missing.add("ownerid");
            }
            WhmcsInvalidRequestException.requireAll("GetWidgets", missing);
            return new GetWidgetsRequest(this);
        }
    }
}
