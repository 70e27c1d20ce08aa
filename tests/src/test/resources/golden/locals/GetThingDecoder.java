package com.example.sdk.things;

import io.github.whmcs4j.runtime.spi.ResponseReader;
import java.io.IOException;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Reads the response of {@code GetThing} from JSON or XML tokens.
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
final class GetThingDecoder {
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
        if (!in.beginObject()) {
            return null;
        }
        String in_ = null;
        String inValue = null;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            switch (field) {
                case "in" -> in_ = in.firstOf("in", in_, in.readString("in"));
                case "inValue" -> inValue = in.firstOf("inValue", inValue, in.readString("inValue"));
                default -> in.keepUnknown(field);
            }
        }
        Map<String, Object> unknown = in.endObject();
        return new GetThingResponse(in_, inValue, unknown);
    }
}
