package io.github.whmcs4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocsTest {
    @Test
    void specTextNeverEndsTheCommentNorStartsATagNorAnEscape() {
        assertEquals("C:&#92;users&#92;whmcs", Javadocs.escape("C:\\users\\whmcs"));
        // with its backslash escaped, the text is no longer a unicode escape that javac would read as */
        assertEquals("&#92;u002a/ *&#47; &#47;* ok/path", Javadocs.escape("\\u002a/ */ /* ok/path"));
        assertEquals("&#64;author &#123;&#64;code x&#125;", Javadocs.escape("@author {@code x}"));
        assertEquals("&lt;b&gt; &amp;amp;", Javadocs.escape("<b> &amp;"));
    }

    @Test
    void plainNamesAreCodeAndOthersAreEscapedCode() {
        assertEquals("{@code flags[new]}", Javadocs.code("flags[new]"));
        assertEquals("<code>a}b</code>".replace("}", "&#125;"), Javadocs.code("a}b"));
        assertEquals("<code>\"\"</code>", Javadocs.code(""), "an empty value shows as a pair of quotes");
        assertEquals("<code>*&#47;</code>", Javadocs.code("*/"));
    }

    @Test
    void sentencesEndWithAFullStop() {
        assertEquals("Reads it.", Javadocs.sentence("Reads it"));
        assertEquals("Reads it?", Javadocs.sentence(" Reads it? "));
    }
}
