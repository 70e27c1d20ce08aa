package io.github.whmcs4j.testkit;

import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.sdk.WhmcsClient;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link WhmcsStandInTest}: keeps one stand-in per test class in the
 * class's store (JUnit closes it with the class), resets it before each test, and resolves
 * {@link WhmcsStandIn} and {@link WhmcsClient} parameters.
 */
public final class WhmcsStandInExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    /** The API credentials the stand-in requires and the injected client sends. */
    public static final String IDENTIFIER = "testkit-identifier";
    /** The secret that goes with {@link #IDENTIFIER}. */
    public static final String SECRET = "testkit-secret";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WhmcsStandInExtension.class);

    /** The stand-in and the client for one test class. */
    private record Running(WhmcsStandIn standIn, WhmcsClient client) implements AutoCloseable {
        @Override
        public void close() {
            standIn.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Running running = running(context);
        running.standIn().reset();
        settings(context).ifPresent(settings -> running.standIn().seed(settings.seed()).listSize(settings.listSize()));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == WhmcsStandIn.class || type == WhmcsClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        return parameter.getParameter().getType() == WhmcsStandIn.class ? running.standIn() : running.client();
    }

    /** The class's stand-in, started on first use; nested classes share their outer class's. */
    private static Running running(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() || classContext.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> start(), Running.class);
    }

    private static Running start() {
        WhmcsStandIn standIn = WhmcsStandIn.startWithSpec().requireApiKey(IDENTIFIER, SECRET);
        WhmcsClient client = WhmcsClient.builder()
                .endpoint(standIn.endpoint())
                .credentials(Credentials.apiKey(IDENTIFIER, SECRET))
                .allowPlainHttp()
                .build();
        return new Running(standIn, client);
    }

    private static java.util.Optional<WhmcsStandInTest> settings(ExtensionContext context) {
        return context.getTestClass().flatMap(type -> java.util.Optional.ofNullable(type.getAnnotation(WhmcsStandInTest.class)));
    }
}
