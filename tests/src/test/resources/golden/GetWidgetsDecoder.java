package com.example.sdk.widgets;

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
        if (!in.beginObject()) {
            return null;
        }
        Integer totalresults = null;
        ArrayList<GetWidgetsResponse.Widget> widgets = null;
        LinkedHashMap<String, GetWidgetsResponse.Price> pricing = null;
        Object raw = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "totalresults" -> totalresults = in.firstOf("totalresults", totalresults, in.readInt("totalresults"));
                case "widgets" -> widgets = in.readList(widgets, "widgets", "widget", GetWidgetsDecoder::readWidget);
                case "pricing" -> pricing = in.readMap(pricing, "pricing", GetWidgetsDecoder::readPrice);
                case "raw" -> raw = in.readRaw(raw);
                default -> in.keepUnknown(field);
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetWidgetsResponse(totalresults, ResponseReader.listOf(widgets), ResponseReader.mapOf(pricing), raw, unknown);
    }

    private static GetWidgetsResponse.Widget readWidget(ResponseReader in, String fieldName) throws
            IOException {
        if (!in.beginObject(fieldName)) {
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
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> id = in.firstOf("id", id, in.readLong("id"));
                case "name" -> name = in.firstOf("name", name, in.readPlainText("name"));
                case "created" -> created = in.firstOf("created", created, in.readDateTime("created"));
                case "price" -> price = in.firstOf("price", price, in.readDecimal("price"));
                case "state" -> state = in.firstOf("state", state, in.readString("state"));
                case "active" -> active = in.firstOf("active", active, in.readBool("active"));
                case "labels" -> labels = in.readList(labels, "labels", null, ResponseReader::readString);
                case "owner" -> owner = readWidgetOwner(in, "owner");
                default -> in.keepUnknown(field);
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetWidgetsResponse.Widget(id, name, created, price, state, active, ResponseReader.listOf(labels), owner, unknown);
    }

    private static GetWidgetsResponse.Widget.Owner readWidgetOwner(ResponseReader in,
            String fieldName) throws IOException {
        if (!in.beginObject(fieldName)) {
            return null;
        }
        Long id = null;
        String email = null;
        String apikey = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "id" -> id = in.firstOf("id", id, in.readLong("id"));
                case "email" -> email = in.firstOf("email", email, in.readString("email"));
                case "apikey" -> apikey = in.readSecret("apikey", apikey, ResponseReader::readString);
                default -> in.keepUnknown(field);
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetWidgetsResponse.Widget.Owner(id, email, apikey, unknown);
    }

    private static GetWidgetsResponse.Price readPrice(ResponseReader in, String fieldName) throws
            IOException {
        if (!in.beginObject(fieldName)) {
            return null;
        }
        LinkedHashMap<String, BigDecimal> renew = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "renew" -> renew = in.readMap(renew, "renew", ResponseReader::readDecimal);
                default -> in.keepUnknown(field);
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetWidgetsResponse.Price(ResponseReader.mapOf(renew), unknown);
    }
}
