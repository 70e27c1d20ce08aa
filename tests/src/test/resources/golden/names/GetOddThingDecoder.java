package com.example.sdk.projectmanagement;

import io.github.whmcs4j.runtime.spi.ResponseReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Reads the response of {@code get-odd_Thing} from JSON or XML tokens.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
final class GetOddThingDecoder {
    private GetOddThingDecoder() {
    }

    /**
     * Reads a whole response; an empty body object gives a response with every field absent.
     */
    static GetOddThingResponse decode(ResponseReader in) throws IOException {
        GetOddThingResponse response = readResponse(in);
        return response != null ? response : new GetOddThingResponse(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), Map.of());
    }

    private static GetOddThingResponse readResponse(ResponseReader in) throws IOException {
        if (!in.beginObject()) {
            return null;
        }
        String class_ = null;
        String unknownFields_ = null;
        String toString_ = null;
        Integer hashCode_ = null;
        String in_ = null;
        String in__2 = null;
        String field_ = null;
        String fieldName_ = null;
        String item_ = null;
        String listField_ = null;
        String unknown_ = null;
        String response_ = null;
        String a_b_ = null;
        String a_b = null;
        Long _1st = null;
        String default_ = null;
        String defaultAsEnum = null;
        GetOddThingResponse.BuilderItem Builder = null;
        GetOddThingResponse.StringItem String_ = null;
        ArrayList<List<String>> list = null;
        ArrayList<GetOddThingResponse.Item> nested = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "class" -> class_ = in.firstOf("class", class_, in.readString("class"));
                case "unknownFields" -> unknownFields_ = in.firstOf("unknownFields", unknownFields_, in.readString("unknownFields"));
                case "toString" -> toString_ = in.firstOf("toString", toString_, in.readString("toString"));
                case "hashCode" -> hashCode_ = in.firstOf("hashCode", hashCode_, in.readInt("hashCode"));
                case "in" -> in_ = in.firstOf("in", in_, in.readString("in"));
                case "in_" -> in__2 = in.firstOf("in_", in__2, in.readString("in_"));
                case "field" -> field_ = in.firstOf("field", field_, in.readString("field"));
                case "fieldName" -> fieldName_ = in.firstOf("fieldName", fieldName_, in.readString("fieldName"));
                case "item" -> item_ = in.firstOf("item", item_, in.readString("item"));
                case "listField" -> listField_ = in.firstOf("listField", listField_, in.readString("listField"));
                case "unknown" -> unknown_ = in.firstOf("unknown", unknown_, in.readString("unknown"));
                case "response" -> response_ = in.firstOf("response", response_, in.readString("response"));
                case "a-b" -> a_b_ = in.firstOf("a-b", a_b_, in.readString("a-b"));
                case "a_b" -> a_b = in.firstOf("a_b", a_b, in.readString("a_b"));
                case "1st" -> _1st = in.firstOf("1st", _1st, in.readLong("1st"));
                case "default" -> default_ = in.firstOf("default", default_, in.readString("default"));
                case "defaultAsEnum" -> defaultAsEnum = in.firstOf("defaultAsEnum", defaultAsEnum, in.readString("defaultAsEnum"));
                case "Builder" -> Builder = readBuilderItem(in, "Builder");
                case "String" -> String_ = readStringItem(in, "String");
                case "list" -> list = in.readList(list, "list", null, (item, listField) -> ResponseReader.listOf(item.readList(null, listField, null, ResponseReader::readString)));
                case "nested" -> nested = in.readList(nested, "nested", "item", GetOddThingDecoder::readItem);
                default -> in.keepUnknown(field);
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetOddThingResponse(class_, unknownFields_, toString_, hashCode_, in_, in__2, field_, fieldName_, item_, listField_, unknown_, response_, a_b_, a_b, _1st, default_, defaultAsEnum, Builder, String_, ResponseReader.listOf(list), ResponseReader.listOf(nested), unknown);
    }

    private static GetOddThingResponse.BuilderItem readBuilderItem(ResponseReader in,
            String fieldName) throws IOException {
        if (!in.beginObject(fieldName)) {
            return null;
        }
        String build = null;
        Integer class_ = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "build" -> build = in.firstOf("build", build, in.readString("build"));
                case "class" -> class_ = in.firstOf("class", class_, in.readInt("class"));
                default -> in.keepUnknown(field);
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetOddThingResponse.BuilderItem(build, class_, unknown);
    }

    private static GetOddThingResponse.StringItem readStringItem(ResponseReader in,
            String fieldName) throws IOException {
        if (!in.beginObject(fieldName)) {
            return null;
        }
        String value = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "value" -> value = in.firstOf("value", value, in.readString("value"));
                default -> in.keepUnknown(field);
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetOddThingResponse.StringItem(value, unknown);
    }

    private static GetOddThingResponse.Item readItem(ResponseReader in, String fieldName) throws
            IOException {
        if (!in.beginObject(fieldName)) {
            return null;
        }
        ArrayList<GetOddThingResponse.Item.ItemItem> item_ = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "item" -> item_ = in.readList(item_, "item", "item", GetOddThingDecoder::readItemItemItem);
                default -> in.keepUnknown(field);
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetOddThingResponse.Item(ResponseReader.listOf(item_), unknown);
    }

    private static GetOddThingResponse.Item.ItemItem readItemItemItem(ResponseReader in,
            String fieldName) throws IOException {
        if (!in.beginObject(fieldName)) {
            return null;
        }
        String item_ = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "item" -> item_ = in.firstOf("item", item_, in.readString("item"));
                default -> in.keepUnknown(field);
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetOddThingResponse.Item.ItemItem(item_, unknown);
    }
}
