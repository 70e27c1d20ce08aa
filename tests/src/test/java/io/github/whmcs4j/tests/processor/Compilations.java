package io.github.whmcs4j.tests.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.whmcs4j.processor.GeneratedClaimProcessor;
import io.github.whmcs4j.processor.WhmcsSdkProcessor;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Runs the processor on a {@code package-info.java} that names spec resources of this module. */
final class Compilations {
    static final String PACKAGE = "com.example.sdk";

    private Compilations() {
    }

    /** Compiles {@code @WhmcsSdk(specs = {...}) package com.example.sdk;} as a strict build would. */
    static Compilation generate(String... specs) {
        String names = Arrays.stream(specs).map(spec -> '"' + spec + '"').collect(Collectors.joining(", "));
        return generateWith("specs = {" + names + "}");
    }

    /** Compiles {@code @WhmcsSdk(<arguments>) package com.example.sdk;} as a strict build would. */
    static Compilation generateWith(String arguments) {
        return javac()
                .withProcessors(new WhmcsSdkProcessor(), new GeneratedClaimProcessor())
                .withOptions("-Xlint:all", "-Werror")
                .compile(JavaFileObjects.forSourceString(PACKAGE + ".package-info", """
                        /** Generated for a test. */
                        @WhmcsSdk(%s)
                        package com.example.sdk;

                        import io.github.whmcs4j.runtime.WhmcsSdk;
                        """.formatted(arguments)));
    }
}
