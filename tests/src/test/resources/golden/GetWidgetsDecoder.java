package com.example.sdk.widgets;

import io.github.whmcs4j.runtime.spi.FieldNames;
import io.github.whmcs4j.runtime.spi.ResponseReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Reads the response of {@code GetWidgets} from JSON or XML tokens.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
final class GetWidgetsDecoder {
    /**
     * The fields of {@code GetWidgetsResponse} in the order WHMCS sends them; a field's position is its case below.
     */
    private static final FieldNames RESPONSE_FIELDS = FieldNames.of("totalresults", "widgets",
            "pricing", "raw");

    /**
     * The fields of {@code Widget} in the order WHMCS sends them; a field's position is its case below.
     */
    private static final FieldNames WIDGET_FIELDS = FieldNames.of("id", "name", "created", "price",
            "state", "active", "labels", "owner");

    /**
     * The fields of {@code Owner} in the order WHMCS sends them; a field's position is its case below.
     */
    private static final FieldNames WIDGET_OWNER_FIELDS = FieldNames.of("id", "email", "apikey");

    /**
     * The fields of {@code Price} in the order WHMCS sends them; a field's position is its case below.
     */
    private static final FieldNames PRICE_FIELDS = FieldNames.of("renew");

    private GetWidgetsDecoder() {
    }

    /**
     * Reads a whole response; an empty body object gives a response with every field absent.
     */
    static GetWidgetsResponse decode(ResponseReader in) throws IOException {
        GetWidgetsResponse response = readResponse(in);
        return response != null ? response : new GetWidgetsResponse(null, List.of(), Map.of(), null, Map.of());
    }

    private static GetWidgetsResponse readResponse(ResponseReader in) throws IOException {
        if (!in.beginObject(RESPONSE_FIELDS)) {
            return null;
        }
        Integer totalresults = null;
        ArrayList<GetWidgetsResponse.Widget> widgets = null;
        LinkedHashMap<String, GetWidgetsResponse.Price> pricing = null;
        Object raw = null;
        for (int field = in.nextField(RESPONSE_FIELDS); field != ResponseReader.END_OF_OBJECT; field = in.nextField(RESPONSE_FIELDS)) {
            switch (field) {
                case 0 -> totalresults = in.firstOf("totalresults", totalresults, in.readInt("totalresults"));
                case 1 -> widgets = in.readList(widgets, "widgets", "widget", GetWidgetsDecoder::readWidget);
                case 2 -> pricing = in.readMap(pricing, "pricing", GetWidgetsDecoder::readPrice);
                case 3 -> raw = in.readRaw(raw);
                default -> in.keepUnknown();
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetWidgetsResponse(totalresults, ResponseReader.listOf(widgets), ResponseReader.mapOf(pricing), raw, unknown);
    }

    private static GetWidgetsResponse.Widget readWidget(ResponseReader in, String fieldName) throws
            IOException {
        if (!in.beginObject(fieldName, WIDGET_FIELDS)) {
            return null;
        }
        Long id = null;
        String name = null;
        LocalDateTime created = null;
        BigDecimal price = null;
        String state = null;
        Boolean active = null;
        ArrayList<String> labels = null;
        GetWidgetsResponse.Widget.Owner owner = null;
        for (int field = in.nextField(WIDGET_FIELDS); field != ResponseReader.END_OF_OBJECT; field = in.nextField(WIDGET_FIELDS)) {
            switch (field) {
                case 0 -> id = in.firstOf("id", id, in.readLong("id"));
                case 1 -> name = in.firstOf("name", name, in.readPlainText("name"));
                case 2 -> created = in.firstOf("created", created, in.readDateTime("created"));
                case 3 -> price = in.firstOf("price", price, in.readDecimal("price"));
                case 4 -> state = in.firstOf("state", state, in.readString("state"));
                case 5 -> active = in.firstOf("active", active, in.readBool("active"));
                case 6 -> labels = in.readList(labels, "labels", null, ResponseReader::readString);
                case 7 -> owner = readWidgetOwner(in, "owner");
                default -> in.keepUnknown();
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetWidgetsResponse.Widget(id, name, created, price, state, active, ResponseReader.listOf(labels), owner, unknown);
    }

    private static GetWidgetsResponse.Widget.Owner readWidgetOwner(ResponseReader in,
            String fieldName) throws IOException {
        if (!in.beginObject(fieldName, WIDGET_OWNER_FIELDS)) {
            return null;
        }
        Long id = null;
        String email = null;
        String apikey = null;
        for (int field = in.nextField(WIDGET_OWNER_FIELDS); field != ResponseReader.END_OF_OBJECT; field = in.nextField(WIDGET_OWNER_FIELDS)) {
            switch (field) {
                case 0 -> id = in.firstOf("id", id, in.readLong("id"));
                case 1 -> email = in.firstOf("email", email, in.readString("email"));
                case 2 -> apikey = in.readSecret("apikey", apikey, ResponseReader::readString);
                default -> in.keepUnknown();
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetWidgetsResponse.Widget.Owner(id, email, apikey, unknown);
    }

    private static GetWidgetsResponse.Price readPrice(ResponseReader in, String fieldName) throws
            IOException {
        if (!in.beginObject(fieldName, PRICE_FIELDS)) {
            return null;
        }
        LinkedHashMap<String, BigDecimal> renew = null;
        for (int field = in.nextField(PRICE_FIELDS); field != ResponseReader.END_OF_OBJECT; field = in.nextField(PRICE_FIELDS)) {
            switch (field) {
                case 0 -> renew = in.readMap(renew, "renew", ResponseReader::readDecimal);
                default -> in.keepUnknown();
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetWidgetsResponse.Price(ResponseReader.mapOf(renew), unknown);
    }
}
