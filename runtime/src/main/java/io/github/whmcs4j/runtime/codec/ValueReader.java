package io.github.whmcs4j.runtime.codec;

import java.io.IOException;

/**
 * Reads one value (a whole response, a list item, a map value) from the current position of a
 * {@link ResponseReader}. Generated decoders implement it with static methods.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ValueReader<T> {
    T read(ResponseReader in) throws IOException;
}
