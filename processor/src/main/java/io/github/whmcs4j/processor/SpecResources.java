package io.github.whmcs4j.processor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds spec files. A user's specs are among the compilation's resources (Maven copies
 * {@code src/main/resources} to the class output before compiling); the bundled WHMCS spec is on the
 * processor path, inside {@code whmcs4j-spec}.
 */
final class SpecResources {
    /** A spec file that was searched for everywhere and not found. */
    static final class NotFoundException extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> searched;

        NotFoundException(List<String> searched) {
            super("not found");
            this.searched = List.copyOf(searched);
        }

        List<String> searched() {
            return searched;
        }
    }

    private static final StandardLocation[] LOCATIONS = {
        StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH
    };

    private final Filer filer;
    private final ClassLoader processorPath;

    SpecResources(Filer filer, ClassLoader processorPath) {
        this.filer = filer;
        this.processorPath = processorPath;
    }

    /** The text of the spec at {@code path} (a resource path such as {@code com/example/addon.yaml}). */
    String read(String path) throws NotFoundException, IOException {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        List<String> searched = new ArrayList<>();
        for (StandardLocation location : LOCATIONS) {
            searched.add(location.getName());
            try {
                FileObject file = filer.getResource(location, "", relative);
                try (InputStream in = file.openInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (FileNotFoundException | NoSuchFileException | IllegalArgumentException | IllegalStateException e) {
                // not in this location; try the next
            } catch (IOException e) {
                if (!String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("not found")) {
                    throw e;
                }
            }
        }
        searched.add("the annotation processor path");
        try (InputStream in = processorPath.getResourceAsStream(relative)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new NotFoundException(searched);
    }
}
