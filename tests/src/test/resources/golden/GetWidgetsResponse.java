package com.example.sdk.widgets;

import io.github.whmcs4j.runtime.ListPage;
import io.github.whmcs4j.runtime.WhmcsEnum;
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
     * @param state the {@code state} field. As an enum: {@link #stateAsEnum()}.
     * @param active the {@code active} field. Not in the public WHMCS API reference, and no other public source shows WHMCS sending it: it may be absent.
     * @param labels the {@code labels} field.
     * @param owner the {@code owner} field.
     * @param unknownFields fields WHMCS sent that the spec does not describe, and the raw text of values that could not be typed (such as a date in an unknown format), as strings, booleans, lists and maps
     */
    public record Widget(Long id, String name, LocalDateTime created, BigDecimal price,
            String state, Boolean active, List<String> labels, Widget.Owner owner,
            Map<String, Object> unknownFields) {
        /**
         * {@link #state()} as {@link WidgetState}.
         *
         * @return its constant, {@link WidgetState#UNKNOWN} for a value this SDK does not know (still in {@link #state()}), or {@code null} when WHMCS sent none
         */
        public WidgetState stateAsEnum() {
            return WidgetState.fromWireValue(state);
        }

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

        /**
         * The values WHMCS is documented to send in {@code state}, and {@link #UNKNOWN} for any other.
         */
        public enum WidgetState implements WhmcsEnum {
            /**
             * {@code Active}
             */
            ACTIVE("Active"),

            /**
             * {@code Payment Pending}
             */
            PAYMENT_PENDING("Payment Pending"),

            /**
             * {@code Unknown}
             */
            UNKNOWN_2("Unknown"),

            /**
             * A value this SDK does not know; the record keeps the value itself.
             */
            UNKNOWN(null);

            private final String wireValue;

            WidgetState(String wireValue) {
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
            public static WidgetState fromWireValue(String wireValue) {
                if (wireValue == null) {
                    return null;
                }
                for (WidgetState constant : values()) {
                    if (wireValue.equals(constant.wireValue)) {
                        return constant;
                    }
                }
                return UNKNOWN;
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
