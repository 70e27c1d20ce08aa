package io.github.whmcs4j.runtime.spi;

import java.io.IOException;

/**
 * Reads one item of a list or one value of a map from the current position of a
 * {@link ResponseReader}. Generated decoders pass method references ({@code ResponseReader::readLong},
 * their own record readers).
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ItemReader<T> {
    /**
     * @param in the reader, on the item
     * @param name the list's or map's field, under which a value that cannot be typed is kept raw
     */
    T read(ResponseReader in, String name) throws IOException;
}
