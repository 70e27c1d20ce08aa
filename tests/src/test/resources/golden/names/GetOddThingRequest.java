package com.example.sdk.projectmanagement;

import io.github.whmcs4j.runtime.WhmcsEnum;
import io.github.whmcs4j.runtime.error.WhmcsInvalidRequestException;
import io.github.whmcs4j.runtime.spi.ApiRequest;
import io.github.whmcs4j.runtime.spi.Command;
import io.github.whmcs4j.runtime.spi.Envelope;
import io.github.whmcs4j.runtime.spi.FormWriter;
import io.github.whmcs4j.runtime.spi.RedactedToString;
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
 * A request for {@code get-odd_Thing}: Gets a thing whose names Java does not take as they are.
 *
 * <p>Read-only: safe to retry.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
public final class GetOddThingRequest {
    /**
     * What the runtime knows of {@code get-odd_Thing}: action, retry safety, envelope, secrets, decoder.
     */
    static final Command<GetOddThingResponse> COMMAND = new Command<>("get-odd_Thing", true,
            Envelope.RESULT, Set.of(), GetOddThingDecoder::decode);

    private final String class_;

    private final Integer default_;

    private final String builder_;

    private final Long build_;

    private final Boolean toBuilder_;

    private final String command;

    private final String COMMAND_;

    private final String writeParameters_;

    private final String equals_;

    private final String hashCode_;

    private final String toString_;

    private final String getClass_;

    private final String wait_;

    private final String form;

    private final String missing;

    private final String number;

    private final String element;

    private final String a_b_;

    private final String a_b;

    private final String A_B;

    private final String addA_b;

    private final String _1st;

    private final Boolean flags_new_;

    private final String yield_;

    private final String var_;

    private final String status;

    private final List<Item> item;

    private final List<String> list;

    private final Map<String, Integer> map;

    private GetOddThingRequest(Builder builder) {
        this.class_ = builder.class_;
        this.default_ = builder.default_;
        this.builder_ = builder.builder_;
        this.build_ = builder.build_;
        this.toBuilder_ = builder.toBuilder_;
        this.command = builder.command;
        this.COMMAND_ = builder.COMMAND_;
        this.writeParameters_ = builder.writeParameters_;
        this.equals_ = builder.equals_;
        this.hashCode_ = builder.hashCode_;
        this.toString_ = builder.toString_;
        this.getClass_ = builder.getClass_;
        this.wait_ = builder.wait_;
        this.form = builder.form;
        this.missing = builder.missing;
        this.number = builder.number;
        this.element = builder.element;
        this.a_b_ = builder.a_b_;
        this.a_b = builder.a_b;
        this.A_B = builder.A_B;
        this.addA_b = builder.addA_b;
        this._1st = builder._1st;
        this.flags_new_ = builder.flags_new_;
        this.yield_ = builder.yield_;
        this.var_ = builder.var_;
        this.status = builder.status;
        this.item = List.copyOf(builder.item);
        this.list = List.copyOf(builder.list);
        this.map = Collections.unmodifiableMap(new LinkedHashMap<>(builder.map));
    }

    /**
     * The {@code class} parameter. Required.
     *
     * @return the value, or {@code null} when not set
     */
    public String class_() {
        return class_;
    }

    /**
     * The {@code default} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer default_() {
        return default_;
    }

    /**
     * The {@code builder} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String builder_() {
        return builder_;
    }

    /**
     * The {@code build} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public Long build_() {
        return build_;
    }

    /**
     * The {@code toBuilder} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean toBuilder_() {
        return toBuilder_;
    }

    /**
     * The {@code command} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String command() {
        return command;
    }

    /**
     * The {@code COMMAND} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String COMMAND_() {
        return COMMAND_;
    }

    /**
     * The {@code writeParameters} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String writeParameters_() {
        return writeParameters_;
    }

    /**
     * The {@code equals} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String equals_() {
        return equals_;
    }

    /**
     * The {@code hashCode} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String hashCode_() {
        return hashCode_;
    }

    /**
     * The {@code toString} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String toString_() {
        return toString_;
    }

    /**
     * The {@code getClass} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String getClass_() {
        return getClass_;
    }

    /**
     * The {@code wait} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String wait_() {
        return wait_;
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
     * The {@code missing} parameter. Required.
     *
     * @return the value, or {@code null} when not set
     */
    public String missing() {
        return missing;
    }

    /**
     * The {@code number} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String number() {
        return number;
    }

    /**
     * The {@code element} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String element() {
        return element;
    }

    /**
     * The {@code a-b} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String a_b_() {
        return a_b_;
    }

    /**
     * The {@code a_b} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String a_b() {
        return a_b;
    }

    /**
     * The {@code A_B} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String A_B() {
        return A_B;
    }

    /**
     * The {@code addA_b} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String addA_b() {
        return addA_b;
    }

    /**
     * The {@code 1st} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String _1st() {
        return _1st;
    }

    /**
     * The {@code flags[new]} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean flags_new_() {
        return flags_new_;
    }

    /**
     * The {@code yield} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String yield_() {
        return yield_;
    }

    /**
     * The {@code var} parameter.
     *
     * @return the value, or {@code null} when not set
     */
    public String var_() {
        return var_;
    }

    /**
     * The {@code status} parameter. One of: <code>""</code>, {@code 1st}, {@code a-b}, <code>*</code>, {@code Active}, {@code ACTIVE}, {@code -}.
     *
     * @return the value, or {@code null} when not set
     */
    public String status() {
        return status;
    }

    /**
     * The {@code item} parameter. Each element is sent as {@code class1}, {@code toString1}, {@code 1st1} for the first, with suffix 2 for the second, and so on.
     *
     * @return the values, empty when not set
     */
    public List<Item> item() {
        return item;
    }

    /**
     * The {@code list} parameter. Sent as {@code list[0]}, {@code [1]}, ….
     *
     * @return the values, empty when not set
     */
    public List<String> list() {
        return list;
    }

    /**
     * The {@code map} parameter. Sent as {@code map[key]}.
     *
     * @return the values, empty when not set
     */
    public Map<String, Integer> map() {
        return map;
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
        builder.class_ = this.class_;
        builder.default_ = this.default_;
        builder.builder_ = this.builder_;
        builder.build_ = this.build_;
        builder.toBuilder_ = this.toBuilder_;
        builder.command = this.command;
        builder.COMMAND_ = this.COMMAND_;
        builder.writeParameters_ = this.writeParameters_;
        builder.equals_ = this.equals_;
        builder.hashCode_ = this.hashCode_;
        builder.toString_ = this.toString_;
        builder.getClass_ = this.getClass_;
        builder.wait_ = this.wait_;
        builder.form = this.form;
        builder.missing = this.missing;
        builder.number = this.number;
        builder.element = this.element;
        builder.a_b_ = this.a_b_;
        builder.a_b = this.a_b;
        builder.A_B = this.A_B;
        builder.addA_b = this.addA_b;
        builder._1st = this._1st;
        builder.flags_new_ = this.flags_new_;
        builder.yield_ = this.yield_;
        builder.var_ = this.var_;
        builder.status = this.status;
        builder.item.addAll(this.item);
        builder.list.addAll(this.list);
        builder.map.putAll(this.map);
        return builder;
    }

    /**
     * Writes the parameters that are set, in spec order (not the action or credentials).
     */
    void writeParameters(FormWriter form) {
        form.add("class", this.class_);
        form.add("default", this.default_);
        form.add("builder", this.builder_);
        form.add("build", this.build_);
        form.add("toBuilder", this.toBuilder_);
        form.add("command", this.command);
        form.add("COMMAND", this.COMMAND_);
        form.add("writeParameters", this.writeParameters_);
        form.add("equals", this.equals_);
        form.add("hashCode", this.hashCode_);
        form.add("toString", this.toString_);
        form.add("getClass", this.getClass_);
        form.add("wait", this.wait_);
        form.add("form", this.form);
        form.add("missing", this.missing);
        form.add("number", this.number);
        form.add("element", this.element);
        form.add("a-b", this.a_b_);
        form.add("a_b", this.a_b);
        form.add("A_B", this.A_B);
        form.add("addA_b", this.addA_b);
        form.add("1st", this._1st);
        form.add("flags[new]", this.flags_new_);
        form.add("yield", this.yield_);
        form.add("var", this.var_);
        form.add("status", this.status);
        for (int number = 1; number <= this.item.size(); number++) {
            var element = this.item.get(number - 1);
            form.add("class" + number, element.class_());
            form.add("toString" + number, element.toString_());
            form.add("1st" + number, element._1st());
        }
        form.addArray("list", this.list);
        form.addMap("map", this.map);
    }

    /**
     * This request as the runtime sends it, for the facade: the wire plumbing stays out of the public API.
     */
    ApiRequest<GetOddThingResponse> apiRequest() {
        return ApiRequest.of(COMMAND, this::writeParameters);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof GetOddThingRequest that
                && Objects.equals(this.class_, that.class_)
                && Objects.equals(this.default_, that.default_)
                && Objects.equals(this.builder_, that.builder_)
                && Objects.equals(this.build_, that.build_)
                && Objects.equals(this.toBuilder_, that.toBuilder_)
                && Objects.equals(this.command, that.command)
                && Objects.equals(this.COMMAND_, that.COMMAND_)
                && Objects.equals(this.writeParameters_, that.writeParameters_)
                && Objects.equals(this.equals_, that.equals_)
                && Objects.equals(this.hashCode_, that.hashCode_)
                && Objects.equals(this.toString_, that.toString_)
                && Objects.equals(this.getClass_, that.getClass_)
                && Objects.equals(this.wait_, that.wait_)
                && Objects.equals(this.form, that.form)
                && Objects.equals(this.missing, that.missing)
                && Objects.equals(this.number, that.number)
                && Objects.equals(this.element, that.element)
                && Objects.equals(this.a_b_, that.a_b_)
                && Objects.equals(this.a_b, that.a_b)
                && Objects.equals(this.A_B, that.A_B)
                && Objects.equals(this.addA_b, that.addA_b)
                && Objects.equals(this._1st, that._1st)
                && Objects.equals(this.flags_new_, that.flags_new_)
                && Objects.equals(this.yield_, that.yield_)
                && Objects.equals(this.var_, that.var_)
                && Objects.equals(this.status, that.status)
                && Objects.equals(this.item, that.item)
                && Objects.equals(this.list, that.list)
                && Objects.equals(this.map, that.map));
    }

    @Override
    public int hashCode() {
        return Objects.hash(class_, default_, builder_, build_, toBuilder_, command, COMMAND_,
                writeParameters_, equals_, hashCode_, toString_, getClass_, wait_, form, missing,
                number, element, a_b_, a_b, A_B, addA_b, _1st, flags_new_, yield_, var_, status,
                item, list, map);
    }

    /**
     * The parameters that are set; secret values show as {@code ***}.
     */
    @Override
    public String toString() {
        return new RedactedToString("GetOddThingRequest")
                .add("class", class_)
                .add("default", default_)
                .add("builder", builder_)
                .add("build", build_)
                .add("toBuilder", toBuilder_)
                .add("command", command)
                .add("COMMAND", COMMAND_)
                .add("writeParameters", writeParameters_)
                .add("equals", equals_)
                .add("hashCode", hashCode_)
                .add("toString", toString_)
                .add("getClass", getClass_)
                .add("wait", wait_)
                .add("form", form)
                .add("missing", missing)
                .add("number", number)
                .add("element", element)
                .add("a-b", a_b_)
                .add("a_b", a_b)
                .add("A_B", A_B)
                .add("addA_b", addA_b)
                .add("1st", _1st)
                .add("flags[new]", flags_new_)
                .add("yield", yield_)
                .add("var", var_)
                .add("status", status)
                .add("item", item)
                .add("list", list)
                .add("map", map)
                .toString();
    }

    /**
     * The values WHMCS accepts for {@code status}.
     */
    public enum Status implements WhmcsEnum {
        /**
         * <code>""</code>
         */
        EMPTY(""),

        /**
         * {@code 1st}
         */
        V1ST("1st"),

        /**
         * {@code a-b}
         */
        A_B("a-b"),

        /**
         * <code>*</code>
         */
        VALUE("*"),

        /**
         * {@code Active}
         */
        ACTIVE("Active"),

        /**
         * {@code ACTIVE}
         */
        ACTIVE_2("ACTIVE"),

        /**
         * {@code -}
         */
        VALUE_2("-");

        private final String wireValue;

        Status(String wireValue) {
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
        public static Status fromWireValue(String wireValue) {
            if (wireValue == null) {
                return null;
            }
            for (Status constant : values()) {
                if (wireValue.equals(constant.wireValue)) {
                    return constant;
                }
            }
            return null;
        }
    }

    /**
     * One element of {@code item}. Each element is sent as {@code class1}, {@code toString1}, {@code 1st1} for the first, with suffix 2 for the second, and so on.
     *
     * @param class_ the {@code classN} parameter. Required.
     * @param toString_ the {@code toStringN} parameter. Optional: {@code null} leaves it out.
     * @param _1st the {@code 1stN} parameter. Optional: {@code null} leaves it out.
     */
    public record Item(String class_, String toString_, Integer _1st) {
        /**
         * Checks that every required member is given.
         *
         * @param class_ the {@code classN} parameter. Required.
         * @param toString_ the {@code toStringN} parameter. Optional: {@code null} leaves it out.
         * @param _1st the {@code 1stN} parameter. Optional: {@code null} leaves it out.
         */
        public Item {
            Objects.requireNonNull(class_, "class_");
        }
    }

    /**
     * Builds a {@link GetOddThingRequest}. Not thread-safe; {@code build()} may be called more than once.
     */
    public static final class Builder {
        private String class_;

        private Integer default_;

        private String builder_;

        private Long build_;

        private Boolean toBuilder_;

        private String command;

        private String COMMAND_;

        private String writeParameters_;

        private String equals_;

        private String hashCode_;

        private String toString_;

        private String getClass_;

        private String wait_;

        private String form;

        private String missing;

        private String number;

        private String element;

        private String a_b_;

        private String a_b;

        private String A_B;

        private String addA_b;

        private String _1st;

        private Boolean flags_new_;

        private String yield_;

        private String var_;

        private String status;

        private final ArrayList<Item> item = new ArrayList<>();

        private final ArrayList<String> list = new ArrayList<>();

        private final LinkedHashMap<String, Integer> map = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * The {@code class} parameter. Required.
         *
         * @param class_ the value
         * @return this builder
         */
        public Builder class_(String class_) {
            this.class_ = class_;
            return this;
        }

        /**
         * The {@code default} parameter.
         *
         * @param default_ the value
         * @return this builder
         */
        public Builder default_(int default_) {
            this.default_ = default_;
            return this;
        }

        /**
         * The {@code builder} parameter.
         *
         * @param builder_ the value
         * @return this builder
         */
        public Builder builder_(String builder_) {
            this.builder_ = builder_;
            return this;
        }

        /**
         * The {@code build} parameter.
         *
         * @param build_ the value
         * @return this builder
         */
        public Builder build_(long build_) {
            this.build_ = build_;
            return this;
        }

        /**
         * The {@code toBuilder} parameter.
         *
         * @param toBuilder_ the value
         * @return this builder
         */
        public Builder toBuilder_(boolean toBuilder_) {
            this.toBuilder_ = toBuilder_;
            return this;
        }

        /**
         * The {@code command} parameter.
         *
         * @param command the value
         * @return this builder
         */
        public Builder command(String command) {
            this.command = command;
            return this;
        }

        /**
         * The {@code COMMAND} parameter.
         *
         * @param COMMAND_ the value
         * @return this builder
         */
        public Builder COMMAND_(String COMMAND_) {
            this.COMMAND_ = COMMAND_;
            return this;
        }

        /**
         * The {@code writeParameters} parameter.
         *
         * @param writeParameters_ the value
         * @return this builder
         */
        public Builder writeParameters_(String writeParameters_) {
            this.writeParameters_ = writeParameters_;
            return this;
        }

        /**
         * The {@code equals} parameter.
         *
         * @param equals_ the value
         * @return this builder
         */
        public Builder equals_(String equals_) {
            this.equals_ = equals_;
            return this;
        }

        /**
         * The {@code hashCode} parameter.
         *
         * @param hashCode_ the value
         * @return this builder
         */
        public Builder hashCode_(String hashCode_) {
            this.hashCode_ = hashCode_;
            return this;
        }

        /**
         * The {@code toString} parameter.
         *
         * @param toString_ the value
         * @return this builder
         */
        public Builder toString_(String toString_) {
            this.toString_ = toString_;
            return this;
        }

        /**
         * The {@code getClass} parameter.
         *
         * @param getClass_ the value
         * @return this builder
         */
        public Builder getClass_(String getClass_) {
            this.getClass_ = getClass_;
            return this;
        }

        /**
         * The {@code wait} parameter.
         *
         * @param wait_ the value
         * @return this builder
         */
        public Builder wait_(String wait_) {
            this.wait_ = wait_;
            return this;
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
         * The {@code missing} parameter. Required.
         *
         * @param missing the value
         * @return this builder
         */
        public Builder missing(String missing) {
            this.missing = missing;
            return this;
        }

        /**
         * The {@code number} parameter.
         *
         * @param number the value
         * @return this builder
         */
        public Builder number(String number) {
            this.number = number;
            return this;
        }

        /**
         * The {@code element} parameter.
         *
         * @param element the value
         * @return this builder
         */
        public Builder element(String element) {
            this.element = element;
            return this;
        }

        /**
         * The {@code a-b} parameter.
         *
         * @param a_b_ the value
         * @return this builder
         */
        public Builder a_b_(String a_b_) {
            this.a_b_ = a_b_;
            return this;
        }

        /**
         * The {@code a_b} parameter.
         *
         * @param a_b the value
         * @return this builder
         */
        public Builder a_b(String a_b) {
            this.a_b = a_b;
            return this;
        }

        /**
         * The {@code A_B} parameter.
         *
         * @param A_B the value
         * @return this builder
         */
        public Builder A_B(String A_B) {
            this.A_B = A_B;
            return this;
        }

        /**
         * The {@code addA_b} parameter.
         *
         * @param addA_b the value
         * @return this builder
         */
        public Builder addA_b(String addA_b) {
            this.addA_b = addA_b;
            return this;
        }

        /**
         * The {@code 1st} parameter.
         *
         * @param _1st the value
         * @return this builder
         */
        public Builder _1st(String _1st) {
            this._1st = _1st;
            return this;
        }

        /**
         * The {@code flags[new]} parameter.
         *
         * @param flags_new_ the value
         * @return this builder
         */
        public Builder flags_new_(boolean flags_new_) {
            this.flags_new_ = flags_new_;
            return this;
        }

        /**
         * The {@code yield} parameter.
         *
         * @param yield_ the value
         * @return this builder
         */
        public Builder yield_(String yield_) {
            this.yield_ = yield_;
            return this;
        }

        /**
         * The {@code var} parameter.
         *
         * @param var_ the value
         * @return this builder
         */
        public Builder var_(String var_) {
            this.var_ = var_;
            return this;
        }

        /**
         * The {@code status} parameter. One of: <code>""</code>, {@code 1st}, {@code a-b}, <code>*</code>, {@code Active}, {@code ACTIVE}, {@code -}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /**
         * The {@code status} parameter. One of: <code>""</code>, {@code 1st}, {@code a-b}, <code>*</code>, {@code Active}, {@code ACTIVE}, {@code -}.
         *
         * @param status the value
         * @return this builder
         */
        public Builder status(Status status) {
            this.status = status == null ? null : status.wireValue();
            return this;
        }

        /**
         * The {@code item} parameter. Each element is sent as {@code class1}, {@code toString1}, {@code 1st1} for the first, with suffix 2 for the second, and so on.
         *
         * @param item the value
         * @return this builder
         */
        public Builder item(Collection<? extends Item> item) {
            this.item.clear();
            item.forEach(this::addItem);
            return this;
        }

        /**
         * The {@code item} parameter. Each element is sent as {@code class1}, {@code toString1}, {@code 1st1} for the first, with suffix 2 for the second, and so on.
         *
         * @param item the value
         * @return this builder
         */
        public Builder addItem(Item item) {
            this.item.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        /**
         * The {@code item} parameter. Each element is sent as {@code class1}, {@code toString1}, {@code 1st1} for the first, with suffix 2 for the second, and so on.
         *
         * @param class_ the {@code classN} parameter. Required.
         * @param toString_ the {@code toStringN} parameter. Optional: {@code null} leaves it out.
         * @param _1st the {@code 1stN} parameter. Optional: {@code null} leaves it out.
         * @return this builder
         */
        public Builder addItem(String class_, String toString_, Integer _1st) {
            return addItem(new Item(class_, toString_, _1st));
        }

        /**
         * The {@code list} parameter. Sent as {@code list[0]}, {@code [1]}, ….
         *
         * @param list the value
         * @return this builder
         */
        public Builder list(Collection<? extends String> list) {
            this.list.clear();
            list.forEach(this::addList);
            return this;
        }

        /**
         * The {@code list} parameter. Sent as {@code list[0]}, {@code [1]}, ….
         *
         * @param list the value
         * @return this builder
         */
        public Builder addList(String list) {
            this.list.add(Objects.requireNonNull(list, "list"));
            return this;
        }

        /**
         * The {@code map} parameter. Sent as {@code map[key]}.
         *
         * @param map the value
         * @return this builder
         */
        public Builder map(Map<String, ? extends Integer> map) {
            this.map.clear();
            map.forEach(this::putMap);
            return this;
        }

        /**
         * The {@code map} parameter. Sent as {@code map[key]}.
         *
         * @param key the key in brackets
         * @param value its value
         * @return this builder
         */
        public Builder putMap(String key, int value) {
            this.map.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws WhmcsInvalidRequestException naming every required parameter that is not set
         */
        public GetOddThingRequest build() {
            List<String> missing = new ArrayList<>();
            if (this.class_ == null) {
                missing.add("class");
            }
            if (this.missing == null) {
                missing.add("missing");
            }
            WhmcsInvalidRequestException.requireAll("get-odd_Thing", missing);
            return new GetOddThingRequest(this);
        }
    }
}
