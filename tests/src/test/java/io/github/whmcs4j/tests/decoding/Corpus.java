package io.github.whmcs4j.tests.decoding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture corpus under {@code src/test/resources/corpus}: one directory per command, and in it
 * one directory per case. A case has {@code clean.json}, the tidy form, and variants ({@code *.json},
 * {@code *.xml}) that carry one quirk each and must decode to the same record. {@code bad/} holds
 * bodies that must fail, each with a {@code .expected} file: the exception's simple class name on
 * the first line, its exact message on the second. {@code strict/} holds WHMCS responses with a
 * value that does not fit its type: they decode (the value kept raw), and fail as their
 * {@code .expected} file says when decoding is strict.
 */
final class Corpus {
    static final String CLEAN = "clean.json";

    private Corpus() {
    }

    static Path root() {
        try {
            return Path.of(Corpus.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The directory of one case, such as {@code GetClients/page}. */
    static Path dir(String command, String caseName) {
        return root().resolve(command).resolve(caseName);
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String command, String caseName, String file) {
        return bytes(dir(command, caseName).resolve(file));
    }

    /** Every case directory that has a clean form: {@code corpus/<command>/<case>}. */
    static List<Path> cases() {
        return list(root()).flatMap(command -> list(command)).filter(dir -> Files.exists(dir.resolve(CLEAN))).toList();
    }

    /** The variants of a case, every fixture but the clean form. */
    static List<Path> variants(Path caseDir) {
        return list(caseDir).filter(file -> !file.getFileName().toString().equals(CLEAN))
                .filter(file -> file.toString().endsWith(".json") || file.toString().endsWith(".xml")).toList();
    }

    /** Every bad body: {@code corpus/<command>/bad/*.json|xml}. */
    static List<Path> badBodies() {
        return bodiesIn("bad");
    }

    /** Every body with a value that does not fit: {@code corpus/<command>/strict/*.json|xml}. */
    static List<Path> strictBodies() {
        return bodiesIn("strict");
    }

    private static List<Path> bodiesIn(String dir) {
        return list(root()).map(command -> command.resolve(dir)).filter(Files::isDirectory)
                .flatMap(Corpus::list)
                .filter(file -> file.toString().endsWith(".json") || file.toString().endsWith(".xml")).toList();
    }

    static Stream<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
