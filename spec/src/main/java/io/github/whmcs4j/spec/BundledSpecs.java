package io.github.whmcs4j.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the spec bundled in this library ({@link StandardSpec#RESOURCES}) from the class path, for
 * tools that work from the spec at run time: the command-line tool and the testkit's stand-in.
 */
public final class BundledSpecs {
    private BundledSpecs() {
    }

    /** The bundled files' text, in {@link StandardSpec#RESOURCES} order. */
    public static List<SpecSource> sources() {
        List<SpecSource> sources = new ArrayList<>();
        for (String resource : StandardSpec.RESOURCES) {
            try (InputStream in = BundledSpecs.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled spec file " + resource + " is not on the class path");
                }
                sources.add(new SpecSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the bundled spec file " + resource, e);
            }
        }
        return sources;
    }

    /** The bundled spec, loaded; it is sound, as the build checks. */
    public static LoadedSpecs load() {
        return SpecLoader.load(sources());
    }
}
