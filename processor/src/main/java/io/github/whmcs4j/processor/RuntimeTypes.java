package io.github.whmcs4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/**
 * The runtime types generated code refers to, by name only: the processor does not depend on the
 * runtime, so it never loads these classes.
 */
final class RuntimeTypes {
    private static final String RUNTIME = "io.github.whmcs4j.runtime";

    static final String ANNOTATION = RUNTIME + ".WhmcsSdk";
    static final ClassName API_CLIENT = ClassName.get(RUNTIME, "ApiClient");
    static final ClassName API_REQUEST = ClassName.get(RUNTIME + ".spi", "ApiRequest");
    static final ClassName PAGINATOR = ClassName.get(RUNTIME, "Paginator");
    static final ClassName LIST_PAGE = ClassName.get(RUNTIME, "ListPage");
    static final ClassName RAW_REQUEST = ClassName.get(RUNTIME, "RawRequest");
    static final ClassName RAW_RESPONSE = ClassName.get(RUNTIME, "RawResponse");
    static final ClassName CALL_OPTIONS = ClassName.get(RUNTIME, "CallOptions");
    static final ClassName CLIENT_BUILDER = ClassName.get(RUNTIME, "ClientBuilder");
    static final ClassName COMMAND = ClassName.get(RUNTIME + ".spi", "Command");
    static final ClassName REDACTED_TO_STRING = ClassName.get(RUNTIME + ".spi", "RedactedToString");
    static final ClassName ENVELOPE = ClassName.get(RUNTIME + ".spi", "Envelope");
    static final ClassName FORM_WRITER = ClassName.get(RUNTIME + ".spi", "FormWriter");
    static final ClassName RESPONSE_READER = ClassName.get(RUNTIME + ".spi", "ResponseReader");
    static final ClassName INVALID_REQUEST = ClassName.get(RUNTIME + ".error", "WhmcsInvalidRequestException");
    static final ClassName WHMCS_EXCEPTION = ClassName.get(RUNTIME + ".error", "WhmcsException");

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    /** {@code @Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")}: no date, so output is reproducible. */
    static final AnnotationSpec GENERATED_BY = AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", WhmcsSdkProcessor.class.getName())
            .build();

    private RuntimeTypes() {
    }
}
