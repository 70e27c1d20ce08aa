package io.github.whmcs4j.runtime.spi;

import java.io.IOException;

/**
 * The WHMCS envelope around a response: which top-level fields belong to it ({@code result},
 * {@code message}, {@code status} for commands whose envelope is {@link Envelope#STATUS}, and in XML
 * the root's {@code version} and {@code action} framing) and what they say. The cursor hands each
 * top-level field here first; the ones taken are not the decoder's to read.
 */
final class EnvelopeFields {
    private final Envelope envelope;
    private final boolean xml;
    private String result;
    private String message;

    EnvelopeFields(Envelope envelope, boolean xml) {
        this.envelope = envelope;
        this.xml = xml;
    }

    /** Reads the top-level field {@code name}, the cursor being on its value, when it is an envelope field. */
    boolean take(String name, ResponseReader in) throws IOException {
        switch (name) {
            case "result":
                result = in.readEnvelopeText();
                return true;
            case "status":
                if (envelope != Envelope.STATUS) {
                    return false;
                }
                result = in.readEnvelopeText();
                return true;
            case "message":
                if (in.atScalar()) {
                    message = in.readEnvelopeText();
                    in.keep(name, message); // on success the message is data, so it stays reachable
                } else {
                    Object raw = in.readRaw(); // some errors carry a list or map of messages
                    in.keep(name, raw);
                    message = raw == null ? null : raw.toString();
                }
                return true;
            case "action":
            case "version":
                if (!xml) {
                    return false;
                }
                in.readRaw(); // <whmcsapi version="..."><action>...</action>: framing, not data
                return true;
            default:
                return false;
        }
    }

    /** The envelope's {@code result} (or {@code status}), {@code null} when the response had none. */
    String result() {
        return result;
    }

    /** The envelope's {@code message}, or {@code null}. */
    String message() {
        return message;
    }

    /** Whether the envelope read so far says the call failed. */
    boolean isError() {
        return result != null && (result.equalsIgnoreCase("error") || result.equalsIgnoreCase("failed"));
    }
}
