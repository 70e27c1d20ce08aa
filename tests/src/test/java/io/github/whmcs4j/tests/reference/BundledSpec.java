package io.github.whmcs4j.tests.reference;

import io.github.whmcs4j.spec.LoadedSpecs;
import io.github.whmcs4j.spec.SpecLoader;
import io.github.whmcs4j.spec.SpecSource;
import io.github.whmcs4j.spec.model.CommandSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The spec files bundled in whmcs4j-spec, read from the class path (a jar or a directory). */
public final class BundledSpec {
    public static final String DIRECTORY = "io/github/whmcs4j/spec/";
    public static final String SCHEMA = DIRECTORY + "whmcs-spec.schema.json";

    private BundledSpec() {
    }

    public static List<SpecSource> sources() {
        try {
            URI uri = BundledSpec.class.getClassLoader().getResource(SCHEMA).toURI();
            List<SpecSource> sources = new ArrayList<>();
            try (FileSystem jar = uri.getScheme().equals("jar") ? FileSystems.newFileSystem(uri, Map.of()) : null) {
                Path dir = (jar != null ? jar.provider().getPath(uri) : Path.of(uri)).getParent();
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                        sources.add(new SpecSource(DIRECTORY + file.getFileName(), Files.readString(file)));
                    }
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LoadedSpecs load() {
        return SpecLoader.load(sources());
    }

    /** Every command of the bundled spec by name. */
    public static Map<String, CommandSpec> commands() {
        Map<String, CommandSpec> commands = new LinkedHashMap<>();
        load().commands().forEach(command -> commands.put(command.name(), command));
        return commands;
    }
}
