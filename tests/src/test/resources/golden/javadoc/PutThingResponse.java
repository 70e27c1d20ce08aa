package com.example.sdk.things;

import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The response of {@code PutThing}: Puts a thing &#92;u002a/ class X &#123;&#125; &#47;* and *&#47; then &#123;&#64;code x&#125; &lt;b&gt;bold&lt;/b&gt; &amp; &#64;author me.
 *
 * <p>Lists are never {@code null} (empty when WHMCS sent none); other values are {@code null} when WHMCS left them out or empty. The envelope ({@code result}, {@code message}) is not part of the record: an error response throws instead.
 *
 * @param note Text with &#123;&#64;link Nothing&#125; and &#125;&#125; and &#92;uuuu0022.
 * @param unknownFields fields WHMCS sent that the spec does not describe, and the raw text of values that could not be typed (such as a date in an unknown format), as strings, booleans, lists and maps
 */
@Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")
public record PutThingResponse(String note, Map<String, Object> unknownFields) {
}
