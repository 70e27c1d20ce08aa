package com.example.sdk.widgets;

import io.github.whmcs4j.runtime.ListPage;
import io.github.whmcs4j.runtime.spi.RedactedToString;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The response of {@code GetWidgets}: Lists widgets.
 *
 * <p>Lists are never {@code null} (empty when WHMCS sent none); other values are {@code null} when WHMCS left them out or empty. The envelope ({@code result}, {@code message}) is not part of the record: an error response throws instead.
 *
 * @param totalresults the {@code totalresults} field.
 * @param widgets the {@code widgets} field. WHMCS wraps it as {@code widgets.widget[]}.
 * @param pricing the {@code pricing} field.
 * @param raw the {@code raw} field.
 * @param unknownFields fields WHMCS sent that the spec does not describe, and the raw text of values that could not be typed (such as a date in an unknown format), as strings, booleans, lists and maps
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
public record GetWidgetsResponse(Integer totalresults, List<GetWidgetsResponse.Widget> widgets,
        Map<String, GetWidgetsResponse.Price> pricing, Object raw,
        Map<String, Object> unknownFields) implements ListPage<GetWidgetsResponse.Widget> {
    /**
     * The items of this page: {@link #widgets()}.
     */
    @Override
    public List<Widget> pageItems() {
        return widgets;
    }

    /**
     * One {@code Widget} of {@link GetWidgetsResponse}.
     *
     * @param id the {@code id} field.
     * @param name the {@code name} field.
     * @param created the {@code created} field.
     * @param price the {@code price} field.
     * @param active the {@code active} field. Not in the public WHMCS API reference, and no other public source shows WHMCS sending it: it may be absent.
     * @param labels the {@code labels} field.
     * @param owner the {@code owner} field.
     * @param unknownFields fields WHMCS sent that the spec does not describe, and the raw text of values that could not be typed (such as a date in an unknown format), as strings, booleans, lists and maps
     */
    public record Widget(Long id, String name, LocalDateTime created, BigDecimal price,
            Boolean active, List<String> labels, Widget.Owner owner,
            Map<String, Object> unknownFields) {
        /**
         * One {@code Owner} of {@link Widget}.
         *
         * @param id the {@code id} field.
         * @param email the {@code email} field.
         * @param apikey the {@code apikey} field. Secret: {@code ***} in {@code toString()}.
         * @param unknownFields fields WHMCS sent that the spec does not describe, and the raw text of values that could not be typed (such as a date in an unknown format), as strings, booleans, lists and maps
         */
        public record Owner(Long id, String email, String apikey,
                Map<String, Object> unknownFields) {
            /**
             * The fields that are set; secret ones show as {@code ***}.
             */
            @Override
            public String toString() {
                return new RedactedToString("Owner")
                        .add("id", id)
                        .add("email", email)
                        .addSecret("apikey", apikey)
                        .add("unknownFields", unknownFields)
                        .toString();
            }
        }
    }

    /**
     * One {@code Price} of {@link GetWidgetsResponse}.
     *
     * @param renew the {@code renew} field.
     * @param unknownFields fields WHMCS sent that the spec does not describe, and the raw text of values that could not be typed (such as a date in an unknown format), as strings, booleans, lists and maps
     */
    public record Price(Map<String, BigDecimal> renew, Map<String, Object> unknownFields) {
    }
}
