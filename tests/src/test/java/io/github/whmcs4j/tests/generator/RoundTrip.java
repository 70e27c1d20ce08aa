package io.github.whmcs4j.tests.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.whmcs4j.processor.WhmcsSdkProcessor;
import io.github.whmcs4j.processor.model.CommandModel;
import io.github.whmcs4j.processor.model.FacadeModel;
import io.github.whmcs4j.processor.model.FieldModel;
import io.github.whmcs4j.processor.model.MemberModel;
import io.github.whmcs4j.processor.model.ModelBuilder;
import io.github.whmcs4j.processor.model.ParamModel;
import io.github.whmcs4j.runtime.ClientBuilder;
import io.github.whmcs4j.runtime.Credentials;
import io.github.whmcs4j.spec.LoadedSpecs;
import io.github.whmcs4j.spec.SpecLoader;
import io.github.whmcs4j.spec.SpecSource;
import io.github.whmcs4j.spec.model.ParamEncoding;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.testkit.ReceivedCall;
import io.github.whmcs4j.testkit.WhmcsStandIn;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls every command of a generated SDK against the stand-in, with every parameter set, and checks
 * what WHMCS would receive (each wire name with its value), that equal requests are equal and hash
 * alike while requests that differ in one parameter are not, and that the stand-in's answer decodes
 * with every field typed (nothing left in {@code unknownFields()}).
 */
final class RoundTrip {
    private final ClassLoader loader;
    private final WhmcsStandIn standIn;

    RoundTrip(ClassLoader loader, WhmcsStandIn standIn) {
        this.loader = loader;
        this.standIn = standIn;
    }

    /** Checks every command of the SDK generated in {@code packageName} from {@code specText}. */
    void checkEveryCommand(String packageName, String specText) throws ReflectiveOperationException {
        LoadedSpecs specs = SpecLoader.load(List.of(new SpecSource(packageName + "/spec.yaml", specText)));
        standIn.useSpec(specs);
        ModelBuilder.Result model = WhmcsSdkProcessor.model(specs.files(), packageName, "WhmcsClient");
        Class<?> clientClass = loader.loadClass(model.model().client().reflectionName());
        Object client = ((ClientBuilder<?>) clientClass.getMethod("builder").invoke(null))
                .endpoint(standIn.endpoint()).credentials(Credentials.apiKey("identifier", "secret"))
                .allowPlainHttp().build();
        for (FacadeModel facade : model.model().facades()) {
            Object facadeObject = clientClass.getMethod(facade.accessor()).invoke(client);
            for (CommandModel command : facade.commands()) {
                check(facadeObject, command);
            }
        }
    }

    private void check(Object facade, CommandModel command) throws ReflectiveOperationException {
        Class<?> requestClass = loader.loadClass(command.request().reflectionName());
        Map<String, String> expected = new LinkedHashMap<>();
        Object request = build(requestClass, command, expected, 0);
        Object same = build(requestClass, command, new LinkedHashMap<>(), 0);
        assertEquals(request, same, command.spec().name());
        assertEquals(request.hashCode(), same.hashCode(), command.spec().name());
        for (int changed = 1; changed <= command.params().size(); changed++) {
            assertNotEquals(request, build(requestClass, command, new LinkedHashMap<>(), changed),
                    command.spec().name() + " differs in parameter " + command.params().get(changed - 1).spec().name());
        }
        Object response = invoke(facade, facade.getClass().getMethod(command.method(), requestClass), request);
        ReceivedCall call = standIn.lastCall();
        assertEquals(command.spec().name(), call.action());
        expected.forEach((wire, value) -> assertEquals(value, call.parameter(wire).orElse(null),
                command.spec().name() + " sends " + wire + " in " + call.body()));
        assertEquals(Map.of(), response.getClass().getMethod("unknownFields").invoke(response),
                command.spec().name() + ": every field is decoded");
        for (FieldModel field : command.responseRecord().fields()) {
            assertNotNull(response.getClass().getMethod(field.component()).invoke(response),
                    command.spec().name() + "." + field.spec().name());
        }
    }

    /**
     * A request with every parameter set to a value of its type; {@code changed} (1-based) gives that
     * parameter another value, 0 none. The wire names and values it sends go into {@code expected}.
     */
    private Object build(Class<?> requestClass, CommandModel command, Map<String, String> expected, int changed)
            throws ReflectiveOperationException {
        Object builder = requestClass.getMethod("builder").invoke(null);
        Class<?> builderClass = builder.getClass();
        for (int i = 0; i < command.params().size(); i++) {
            ParamModel param = command.params().get(i);
            int variant = changed == i + 1 ? 1 : 0;
            String wire = param.spec().name();
            switch (param.spec().kind()) {
                case SCALAR -> {
                    Value value = param.spec().enumValues().isEmpty() ? Value.of(param.spec().type(), variant)
                            : Value.text(variant < param.spec().enumValues().size() ? param.spec().enumValues().get(variant)
                                    : "a value WHMCS may add"); // the String setter takes any value
                    invoke(builder, method(builderClass, param.member(), value.javaType()), value.java());
                    expected.put(wire, value.wire()); // a presence flag is true, so sent as 1, in the checked request
                }
                case ARRAY -> {
                    Value value = Value.of(param.spec().type(), variant);
                    invoke(builder, method(builderClass, param.adder(), value.javaType()), value.java());
                    expected.put(param.spec().encoding() == ParamEncoding.CSV ? wire : wire + "[0]", value.wire());
                }
                case MAP -> {
                    Value value = Value.of(param.spec().type(), variant);
                    invoke(builder, method(builderClass, param.putter(), String.class, value.javaType()), "key",
                            value.java());
                    expected.put(wire + "[key]", value.wire());
                }
                case NUMBERED_GROUP -> {
                    List<Object> arguments = new ArrayList<>();
                    List<Class<?>> types = new ArrayList<>();
                    for (MemberModel member : param.members()) {
                        Value value = Value.of(member.spec().type(), variant);
                        arguments.add(value.java());
                        types.add(member.spec().required() ? value.javaType() : value.boxedType());
                        expected.put(member.spec().name() + "1", value.wire());
                    }
                    invoke(builder, method(builderClass, param.adder(), types.toArray(Class<?>[]::new)),
                            arguments.toArray());
                }
                default -> throw new IllegalArgumentException("not used by these tests: " + param.spec().kind());
            }
        }
        return invoke(builder, builderClass.getMethod("build"));
    }

    private static Method method(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
        return type.getMethod(name, parameters);
    }

    private static Object invoke(Object target, Method method, Object... arguments) throws ReflectiveOperationException {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method + " with " + Arrays.toString(arguments) + " failed", e.getCause());
        }
    }

    /** A value of a scalar type: as the setter takes it, and as the form sends it. */
    record Value(Object java, Class<?> javaType, Class<?> boxedType, String wire) {
        static Value text(String text) {
            return new Value(text, String.class, String.class, text);
        }

        static Value of(ScalarType type, int variant) {
            return switch (type) {
                case STRING -> text(variant == 0 ? "a b&c=d" : "other");
                case INT -> new Value(7 + variant, int.class, Integer.class, String.valueOf(7 + variant));
                case LONG -> new Value(42L + variant, long.class, Long.class, String.valueOf(42 + variant));
                case BOOL -> new Value(variant == 0, boolean.class, Boolean.class, variant == 0 ? "1" : "0");
                case DECIMAL -> new Value(new BigDecimal("1.5" + variant), BigDecimal.class, BigDecimal.class,
                        "1.5" + variant);
                case DATE -> new Value(LocalDate.of(2024, 1, 2 + variant), LocalDate.class, LocalDate.class,
                        "2024-01-0" + (2 + variant));
                case DATETIME -> new Value(LocalDateTime.of(2024, 1, 2, 3, 4, 5 + variant), LocalDateTime.class,
                        LocalDateTime.class, "2024-01-02 03:04:0" + (5 + variant));
                case ANY -> throw new IllegalArgumentException("no parameter is of type any");
            };
        }
    }
}
