package io.github.whmcs4j.benchmarks.databind;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import javax.xml.stream.XMLInputFactory;

/**
 * The databind mappers of the baselines, configured as a WHMCS client would configure them and no
 * further: WHMCS's date forms ({@link WhmcsDates}), unknown fields ignored (WHMCS adds fields across
 * versions, and its XML carries {@code <action>} and a {@code version} attribute), and for XML the
 * repeated-element lists WHMCS writes. Numbers sent as strings and decimals as strings need nothing:
 * databind coerces them by default.
 */
public final class Mappers {
    private Mappers() {
    }

    public static ObjectMapper json() {
        return JsonMapper.builder()
                .addModule(WhmcsDates.module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public static XmlMapper xml() {
        return XmlMapper.builder(new XmlFactory(safeXmlInput()))
                .addModule(WhmcsDates.module())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultUseWrapper(false) // <clients><client/><client/></clients>: the items are not wrapped again
                .build();
    }

    /**
     * The same StAX settings as the SDK's runtime (no DTDs, no external entities), so that both XML
     * sides run the same parser configured the same way and only the decoding differs.
     */
    public static XMLInputFactory safeXmlInput() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
        return factory;
    }
}
