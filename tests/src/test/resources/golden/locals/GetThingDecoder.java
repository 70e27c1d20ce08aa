package com.example.sdk.things;

import io.github.whmcs4j.runtime.spi.FieldNames;
import io.github.whmcs4j.runtime.spi.ResponseReader;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Reads the response of {@code GetThing} from JSON or XML tokens.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
final class GetThingDecoder {
    /**
     * The fields of {@code GetThingResponse} in the order WHMCS sends them; a field's position is its case below.
     */
    private static final FieldNames RESPONSE_FIELDS = FieldNames.of("in", "inValue");

    private GetThingDecoder() {
    }

    /**
     * Reads a whole response; an empty body object gives a response with every field absent.
     */
    static GetThingResponse decode(ResponseReader in) throws IOException {
        GetThingResponse response = readResponse(in);
        return response != null ? response : new GetThingResponse(null, null, Map.of());
    }

    private static GetThingResponse readResponse(ResponseReader in) throws IOException {
        if (!in.beginObject(RESPONSE_FIELDS)) {
            return null;
        }
        String in_ = null;
        String inValue = null;
        for (int field = in.nextField(RESPONSE_FIELDS); field != ResponseReader.END_OF_OBJECT; field = in.nextField(RESPONSE_FIELDS)) {
            switch (field) {
                case 0 -> in_ = in.firstOf("in", in_, in.readString("in"));
                case 1 -> inValue = in.firstOf("inValue", inValue, in.readString("inValue"));
                default -> in.keepUnknown();
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetThingResponse(in_, inValue, unknown);
    }
}
