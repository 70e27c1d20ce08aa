package com.example.sdk.projectmanagement;

import io.github.whmcs4j.runtime.spi.FieldNames;
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
    /**
     * The fields of {@code GetOddThingResponse} in the order WHMCS sends them; a field's position is its case below.
     */
    private static final FieldNames RESPONSE_FIELDS = FieldNames.of("class", "unknownFields",
            "toString", "hashCode", "in", "in_", "field", "fieldName", "item", "listField",
            "unknown", "response", "a-b", "a_b", "1st", "default", "defaultAsEnum", "Builder",
            "String", "list", "nested");

    /**
     * The fields of {@code BuilderItem} in the order WHMCS sends them; a field's position is its case below.
     */
    private static final FieldNames BUILDER_ITEM_FIELDS = FieldNames.of("build", "class");

    /**
     * The fields of {@code StringItem} in the order WHMCS sends them; a field's position is its case below.
     */
    private static final FieldNames STRING_ITEM_FIELDS = FieldNames.of("value");

    /**
     * The fields of {@code Item} in the order WHMCS sends them; a field's position is its case below.
     */
    private static final FieldNames ITEM_FIELDS = FieldNames.of("item");

    /**
     * The fields of {@code ItemItem} in the order WHMCS sends them; a field's position is its case below.
     */
    private static final FieldNames ITEM_ITEM_ITEM_FIELDS = FieldNames.of("item");

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
        if (!in.beginObject(RESPONSE_FIELDS)) {
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
        for (int field = in.nextField(RESPONSE_FIELDS); field != ResponseReader.END_OF_OBJECT; field = in.nextField(RESPONSE_FIELDS)) {
            switch (field) {
                case 0 -> class_ = in.firstOf("class", class_, in.readString("class"));
                case 1 -> unknownFields_ = in.firstOf("unknownFields", unknownFields_, in.readString("unknownFields"));
                case 2 -> toString_ = in.firstOf("toString", toString_, in.readString("toString"));
                case 3 -> hashCode_ = in.firstOf("hashCode", hashCode_, in.readInt("hashCode"));
                case 4 -> in_ = in.firstOf("in", in_, in.readString("in"));
                case 5 -> in__2 = in.firstOf("in_", in__2, in.readString("in_"));
                case 6 -> field_ = in.firstOf("field", field_, in.readString("field"));
                case 7 -> fieldName_ = in.firstOf("fieldName", fieldName_, in.readString("fieldName"));
                case 8 -> item_ = in.firstOf("item", item_, in.readString("item"));
                case 9 -> listField_ = in.firstOf("listField", listField_, in.readString("listField"));
                case 10 -> unknown_ = in.firstOf("unknown", unknown_, in.readString("unknown"));
                case 11 -> response_ = in.firstOf("response", response_, in.readString("response"));
                case 12 -> a_b_ = in.firstOf("a-b", a_b_, in.readString("a-b"));
                case 13 -> a_b = in.firstOf("a_b", a_b, in.readString("a_b"));
                case 14 -> _1st = in.firstOf("1st", _1st, in.readLong("1st"));
                case 15 -> default_ = in.firstOf("default", default_, in.readString("default"));
                case 16 -> defaultAsEnum = in.firstOf("defaultAsEnum", defaultAsEnum, in.readString("defaultAsEnum"));
                case 17 -> Builder = readBuilderItem(in, "Builder");
                case 18 -> String_ = readStringItem(in, "String");
                case 19 -> list = in.readList(list, "list", null, (item, listField) -> ResponseReader.listOf(item.readList(null, listField, null, ResponseReader::readString)));
                case 20 -> nested = in.readList(nested, "nested", "item", GetOddThingDecoder::readItem);
                default -> in.keepUnknown();
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetOddThingResponse(class_, unknownFields_, toString_, hashCode_, in_, in__2, field_, fieldName_, item_, listField_, unknown_, response_, a_b_, a_b, _1st, default_, defaultAsEnum, Builder, String_, ResponseReader.listOf(list), ResponseReader.listOf(nested), unknown);
    }

    private static GetOddThingResponse.BuilderItem readBuilderItem(ResponseReader in,
            String fieldName) throws IOException {
        if (!in.beginObject(fieldName, BUILDER_ITEM_FIELDS)) {
            return null;
        }
        String build = null;
        Integer class_ = null;
        for (int field = in.nextField(BUILDER_ITEM_FIELDS); field != ResponseReader.END_OF_OBJECT; field = in.nextField(BUILDER_ITEM_FIELDS)) {
            switch (field) {
                case 0 -> build = in.firstOf("build", build, in.readString("build"));
                case 1 -> class_ = in.firstOf("class", class_, in.readInt("class"));
                default -> in.keepUnknown();
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetOddThingResponse.BuilderItem(build, class_, unknown);
    }

    private static GetOddThingResponse.StringItem readStringItem(ResponseReader in,
            String fieldName) throws IOException {
        if (!in.beginObject(fieldName, STRING_ITEM_FIELDS)) {
            return null;
        }
        String value = null;
        for (int field = in.nextField(STRING_ITEM_FIELDS); field != ResponseReader.END_OF_OBJECT; field = in.nextField(STRING_ITEM_FIELDS)) {
            switch (field) {
                case 0 -> value = in.firstOf("value", value, in.readString("value"));
                default -> in.keepUnknown();
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetOddThingResponse.StringItem(value, unknown);
    }

    private static GetOddThingResponse.Item readItem(ResponseReader in, String fieldName) throws
            IOException {
        if (!in.beginObject(fieldName, ITEM_FIELDS)) {
            return null;
        }
        ArrayList<GetOddThingResponse.Item.ItemItem> item_ = null;
        for (int field = in.nextField(ITEM_FIELDS); field != ResponseReader.END_OF_OBJECT; field = in.nextField(ITEM_FIELDS)) {
            switch (field) {
                case 0 -> item_ = in.readList(item_, "item", "item", GetOddThingDecoder::readItemItemItem);
                default -> in.keepUnknown();
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetOddThingResponse.Item(ResponseReader.listOf(item_), unknown);
    }

    private static GetOddThingResponse.Item.ItemItem readItemItemItem(ResponseReader in,
            String fieldName) throws IOException {
        if (!in.beginObject(fieldName, ITEM_ITEM_ITEM_FIELDS)) {
            return null;
        }
        String item_ = null;
        for (int field = in.nextField(ITEM_ITEM_ITEM_FIELDS); field != ResponseReader.END_OF_OBJECT; field = in.nextField(ITEM_ITEM_ITEM_FIELDS)) {
            switch (field) {
                case 0 -> item_ = in.firstOf("item", item_, in.readString("item"));
                default -> in.keepUnknown();
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetOddThingResponse.Item.ItemItem(item_, unknown);
    }
}
