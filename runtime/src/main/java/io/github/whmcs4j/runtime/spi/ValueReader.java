package io.github.whmcs4j.runtime.spi;

import java.io.IOException;

/**
 * Reads a whole response from a {@link ResponseReader}. Generated decoders implement it with a
 * static method; list items and map values are read by {@link ItemReader}s.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ValueReader<T> {
    T read(ResponseReader in) throws IOException;
}
