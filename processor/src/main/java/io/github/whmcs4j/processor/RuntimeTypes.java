package io.github.whmcs4j.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.lang.reflect.Field;
import java.util.Set;
import java.util.TreeSet;

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
    static final ClassName WHMCS_ENUM = ClassName.get(RUNTIME, "WhmcsEnum");
    static final ClassName RAW_REQUEST = ClassName.get(RUNTIME, "RawRequest");
    static final ClassName RAW_RESPONSE = ClassName.get(RUNTIME, "RawResponse");
    static final ClassName CALL_OPTIONS = ClassName.get(RUNTIME, "CallOptions");
    static final ClassName CLIENT_BUILDER = ClassName.get(RUNTIME, "ClientBuilder");
    static final ClassName COMMAND = ClassName.get(RUNTIME + ".spi", "Command");
    static final ClassName REDACTED_TO_STRING = ClassName.get(RUNTIME + ".spi", "RedactedToString");
    static final ClassName ENVELOPE = ClassName.get(RUNTIME + ".spi", "Envelope");
    static final ClassName FORM_WRITER = ClassName.get(RUNTIME + ".spi", "FormWriter");
    static final ClassName RESPONSE_READER = ClassName.get(RUNTIME + ".spi", "ResponseReader");
    static final ClassName FIELD_NAMES = ClassName.get(RUNTIME + ".spi", "FieldNames");
    static final ClassName INVALID_REQUEST = ClassName.get(RUNTIME + ".error", "WhmcsInvalidRequestException");
    static final ClassName WHMCS_EXCEPTION = ClassName.get(RUNTIME + ".error", "WhmcsException");

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    /** {@code @Generated("io.github.whmcs4j.processor.WhmcsSdkProcessor")}: no date, so output is reproducible. */
    static final AnnotationSpec GENERATED_BY = AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", WhmcsSdkProcessor.class.getName())
            .build();

    /**
     * The simple names of the types above and of the JDK types generated code refers to: a nested type
     * of a generated class may not take one, or it would hide the type the code means.
     */
    static final Set<String> SIMPLE_NAMES_IN_USE = simpleNamesInUse();

    private RuntimeTypes() {
    }

    private static Set<String> simpleNamesInUse() {
        Set<String> names = new TreeSet<>(Set.of("String", "Object", "Integer", "Long", "Boolean", "Override",
                "Deprecated", "SuppressWarnings", "Record", "Enum", "Generated", "List", "Map", "Set", "Objects",
                "ArrayList", "LinkedHashMap", "Collection", "Collections", "BigDecimal", "LocalDate", "LocalDateTime",
                "IOException", "Consumer", "CompletableFuture"));
        for (Field field : RuntimeTypes.class.getDeclaredFields()) {
            if (field.getType() == ClassName.class) {
                try {
                    names.add(((ClassName) field.get(null)).simpleName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Set.copyOf(names);
    }
}
