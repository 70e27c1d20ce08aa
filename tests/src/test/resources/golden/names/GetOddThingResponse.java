package com.example.sdk.projectmanagement;

import io.github.whmcs4j.runtime.WhmcsEnum;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The response of {@code get-odd_Thing}: Gets a thing whose names Java does not take as they are.
 *
 * <p>Lists are never {@code null} (empty when WHMCS sent none); other values are {@code null} when WHMCS left them out or empty. The envelope ({@code result}, {@code message}) is not part of the record: an error response throws instead.
 *
 * @param class_ the {@code class} field.
 * @param unknownFields_ the {@code unknownFields} field.
 * @param toString_ the {@code toString} field.
 * @param hashCode_ the {@code hashCode} field.
 * @param in the {@code in} field.
 * @param in_ the {@code in_} field.
 * @param field the {@code field} field.
 * @param fieldName the {@code fieldName} field.
 * @param item the {@code item} field.
 * @param listField the {@code listField} field.
 * @param unknown the {@code unknown} field.
 * @param response the {@code response} field.
 * @param a_b_ the {@code a-b} field.
 * @param a_b the {@code a_b} field.
 * @param _1st the {@code 1st} field.
 * @param default_ the {@code default} field. As an enum: {@link #defaultAsEnum2()}.
 * @param defaultAsEnum the {@code defaultAsEnum} field.
 * @param Builder the {@code Builder} field.
 * @param String_ the {@code String} field.
 * @param list the {@code list} field.
 * @param nested the {@code nested} field. WHMCS wraps it as {@code nested.item[]}.
 * @param unknownFields fields WHMCS sent that the spec does not describe, and the raw text of values that could not be typed (such as a date in an unknown format), as strings, booleans, lists and maps
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
public record GetOddThingResponse(String class_, String unknownFields_, String toString_,
        Integer hashCode_, String in, String in_, String field, String fieldName, String item,
        String listField, String unknown, String response, String a_b_, String a_b, Long _1st,
        String default_, String defaultAsEnum, GetOddThingResponse.BuilderItem Builder,
        GetOddThingResponse.StringItem String_, List<List<String>> list,
        List<GetOddThingResponse.Item> nested, Map<String, Object> unknownFields) {
    /**
     * {@link #default_()} as {@link Default}.
     *
     * @return its constant, {@link Default#UNKNOWN} for a value this SDK does not know (still in {@link #default_()}), or {@code null} when WHMCS sent none
     */
    public Default defaultAsEnum2() {
        return Default.fromWireValue(default_);
    }

    /**
     * One {@code BuilderItem} of {@link GetOddThingResponse}.
     *
     * @param build the {@code build} field.
     * @param class_ the {@code class} field.
     * @param unknownFields fields WHMCS sent that the spec does not describe, and the raw text of values that could not be typed (such as a date in an unknown format), as strings, booleans, lists and maps
     */
    public record BuilderItem(String build, Integer class_, Map<String, Object> unknownFields) {
    }

    /**
     * One {@code StringItem} of {@link GetOddThingResponse}.
     *
     * @param value the {@code value} field.
     * @param unknownFields fields WHMCS sent that the spec does not describe, and the raw text of values that could not be typed (such as a date in an unknown format), as strings, booleans, lists and maps
     */
    public record StringItem(String value, Map<String, Object> unknownFields) {
    }

    /**
     * One {@code Item} of {@link GetOddThingResponse}.
     *
     * @param item the {@code item} field. WHMCS wraps it as {@code item.item[]}.
     * @param unknownFields fields WHMCS sent that the spec does not describe, and the raw text of values that could not be typed (such as a date in an unknown format), as strings, booleans, lists and maps
     */
    public record Item(List<Item.ItemItem> item, Map<String, Object> unknownFields) {
        /**
         * One {@code ItemItem} of {@link Item}.
         *
         * @param item the {@code item} field.
         * @param unknownFields fields WHMCS sent that the spec does not describe, and the raw text of values that could not be typed (such as a date in an unknown format), as strings, booleans, lists and maps
         */
        public record ItemItem(String item, Map<String, Object> unknownFields) {
        }
    }

    /**
     * The values WHMCS is documented to send in {@code default}, and {@link #UNKNOWN} for any other.
     */
    public enum Default implements WhmcsEnum {
        /**
         * <code>""</code>
         */
        EMPTY(""),

        /**
         * {@code Unknown}
         */
        UNKNOWN_2("Unknown"),

        /**
         * {@code UNKNOWN}
         */
        UNKNOWN_3("UNKNOWN"),

        /**
         * {@code 1st}
         */
        V1ST("1st"),

        /**
         * <code>*</code>
         */
        VALUE("*"),

        /**
         * A value this SDK does not know; the record keeps the value itself.
         */
        UNKNOWN(null);

        private final String wireValue;

        Default(String wireValue) {
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
         * @return its constant, {@link #UNKNOWN} for a value it does not know, or {@code null} for {@code null}
         */
        public static Default fromWireValue(String wireValue) {
            if (wireValue == null) {
                return null;
            }
            for (Default constant : values()) {
                if (wireValue.equals(constant.wireValue)) {
                    return constant;
                }
            }
            return UNKNOWN;
        }
    }
}
