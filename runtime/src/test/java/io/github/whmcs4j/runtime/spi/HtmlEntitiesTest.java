package io.github.whmcs4j.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlEntitiesTest {
    @Test
    void decodesWhatHtmlspecialcharsWrites() {
        assertEquals("Analytical & Co", HtmlEntities.unescape("Analytical &amp; Co"));
        assertEquals("\"quoted\" & 'single'", HtmlEntities.unescape("&quot;quoted&quot; &amp; &#039;single&#039;"));
        assertEquals("<b>bold</b>", HtmlEntities.unescape("&lt;b&gt;bold&lt;/b&gt;"));
        assertEquals("it's", HtmlEntities.unescape("it&apos;s"));
    }

    @Test
    void decodesNumericReferences() {
        assertEquals("café", HtmlEntities.unescape("caf&#233;"));
        assertEquals("café", HtmlEntities.unescape("caf&#xE9;"));
        assertEquals("café", HtmlEntities.unescape("caf&#Xe9;"));
        assertEquals("😀", HtmlEntities.unescape("&#128512;"), "beyond the basic plane");
        assertEquals("'", HtmlEntities.unescape("&#39;"));
    }

    @Test
    void decodesAmpersandLastSoEscapedEntitiesStayEscapedOnce() {
        assertEquals("&lt;", HtmlEntities.unescape("&amp;lt;"));
        assertEquals("&amp;", HtmlEntities.unescape("&amp;amp;"));
        assertEquals("&#039;", HtmlEntities.unescape("&amp;#039;"));
    }

    @Test
    void leavesEverythingElseAlone() {
        String plain = "no entities here";
        assertSame(plain, HtmlEntities.unescape(plain), "no copy when there is nothing to do");
        String lone = "Fish & Chips; Peas";
        assertSame(lone, HtmlEntities.unescape(lone));
        assertEquals("&nbsp;&eacute;&copy;", HtmlEntities.unescape("&nbsp;&eacute;&copy;"), "not WHMCS's escaping");
        assertEquals("&#0;&#xD800;&#1114112;&#;&#x;&#12a;&#١٢;", HtmlEntities.unescape("&#0;&#xD800;&#1114112;&#;&#x;&#12a;&#١٢;"));
        assertEquals("a &", HtmlEntities.unescape("a &"));
        assertEquals("&&amp", HtmlEntities.unescape("&&amp"));
        assertEquals("&& ;", HtmlEntities.unescape("&&amp; ;"));
        assertEquals("&#99999999999999999999;", HtmlEntities.unescape("&#99999999999999999999;"));
    }
}
