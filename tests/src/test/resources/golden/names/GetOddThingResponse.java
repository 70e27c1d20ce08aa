package com.example.sdk.projectmanagement;

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
        GetOddThingResponse.BuilderItem Builder, GetOddThingResponse.StringItem String_,
        List<List<String>> list, List<GetOddThingResponse.Item> nested,
        Map<String, Object> unknownFields) {
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
}
