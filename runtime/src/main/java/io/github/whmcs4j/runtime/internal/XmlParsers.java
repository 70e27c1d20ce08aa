package io.github.whmcs4j.runtime.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import io.github.whmcs4j.runtime.spi.DecodeOptions;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Parsers for XML answers. The only class that names the XML libraries (jackson-dataformat-xml,
 * Woodstox), and its factory is made on the first XML answer, so that a JSON user can leave them
 * out: without them, creating a parser throws {@link NoClassDefFoundError}, which
 * {@link ResponseDecoding} turns into a decode error saying what to add.
 */
final class XmlParsers {
    private XmlParsers() {
    }

    static JsonParser create(byte[] body, int offset, int length) throws IOException {
        return Factory.XML.createParser(body, offset, length);
    }

    /** Made when first used (the JVM's lazy class initialisation), not when the runtime loads. */
    private static final class Factory {
        static final XmlFactory XML = new XmlFactory(safeXmlInput());
    }

    /**
     * No DTDs, no external entities, no entity expansion beyond XML's five: a response must not make
     * the client read files or the network, or expand a few bytes into gigabytes.
     */
    private static XMLInputFactory safeXmlInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        setIfSupported(factory, "com.ctc.wstx.maxElementDepth", DecodeOptions.MAX_NESTING_DEPTH + 1);
        return factory;
    }

    private static void setIfSupported(XMLInputFactory factory, String property, Object value) {
        if (factory.isPropertySupported(property)) {
            factory.setProperty(property, value);
        }
    }
}
