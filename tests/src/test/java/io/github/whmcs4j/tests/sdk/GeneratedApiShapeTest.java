package io.github.whmcs4j.tests.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.runtime.spi.ApiRequest;
import io.github.whmcs4j.sdk.WhmcsClient;
import io.github.whmcs4j.sdk.billing.GetInvoiceResponse;
import io.github.whmcs4j.sdk.clients.AddClientRequest;
import io.github.whmcs4j.sdk.clients.ClientsApi;
import io.github.whmcs4j.sdk.clients.GetClientsRequest;
import io.github.whmcs4j.sdk.clients.GetClientsResponse;
import io.github.whmcs4j.sdk.orders.AddOrderRequest;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.tests.reference.BundledSpec;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The generated SDK (whmcs4j-sdk) has the promised public shape. */
class GeneratedApiShapeTest {
    @Test
    void everyCommandOfTheSpecHasItsFacadeMethod() throws Exception {
        Map<String, CommandSpec> commands = BundledSpec.commands();
        assertEquals(162, commands.size());
        for (CommandSpec command : commands.values()) {
            Class<?> facade = WhmcsClient.class.getMethod(command.category().toLowerCase(Locale.ROOT)).getReturnType();
            String method = Character.toLowerCase(command.name().charAt(0)) + command.name().substring(1);
            assertTrue(Arrays.stream(facade.getMethods()).anyMatch(m -> m.getName().equals(method)),
                    facade.getSimpleName() + " lacks " + method);
        }
        assertEquals(13, commands.values().stream().map(CommandSpec::category).distinct().count());
    }

    @Test
    void deprecatedCommandsAreDeprecated() throws Exception {
        Method method = ClientsApi.class.getMethod("getClientPassword", Consumer.class);
        assertTrue(method.isAnnotationPresent(Deprecated.class));
    }

    @Test
    void theClientHasOneFacadePerCategory() throws Exception {
        for (String accessor : List.of("clients", "orders", "billing", "domains", "support", "services", "system",
                "authentication", "users", "projects", "affiliates", "modules", "servers")) {
            Method method = WhmcsClient.class.getMethod(accessor);
            assertTrue(method.getReturnType().getSimpleName().endsWith("Api"), method.toString());
            assertEquals("io.github.whmcs4j.sdk." + accessor, method.getReturnType().getPackageName());
        }
        assertNotNull(WhmcsClient.class.getMethod("builder"));
    }

    @Test
    void facadesTakeARequestOrABuilderCallback() throws Exception {
        assertEquals(GetClientsResponse.class, ClientsApi.class.getMethod("getClients", GetClientsRequest.class).getReturnType());
        assertEquals(GetClientsResponse.class, ClientsApi.class.getMethod("getClients", Consumer.class).getReturnType());
        assertEquals(GetClientsResponse.class, ClientsApi.class.getMethod("getClients").getReturnType(),
                "a command with no required parameter can be called bare");
        assertTrue(Arrays.stream(ClientsApi.class.getMethods()).noneMatch(m -> m.getName().equals("addClient")
                && m.getParameterCount() == 0), "AddClient has required parameters");
    }

    @Test
    void requestsAreImmutableWithTypedBuilders() throws Exception {
        assertTrue(Modifier.isFinal(AddOrderRequest.class.getModifiers()));
        Class<?> builder = AddOrderRequest.Builder.class;
        assertNotNull(builder.getMethod("clientid", long.class));
        assertNotNull(builder.getMethod("addPid", long.class));
        assertNotNull(builder.getMethod("pid", Collection.class));
        assertNotNull(builder.getMethod("addCustomfields", Map.class));
        assertNotNull(builder.getMethod("putDomainrenewals", String.class, int.class));
        assertNotNull(builder.getMethod("addPriceoverride", BigDecimal.class));
        assertNotNull(builder.getMethod("addBillingcycle", AddOrderRequest.BillingCycle.class));
        assertEquals(List.class, AddOrderRequest.class.getMethod("pid").getReturnType());
    }

    @Test
    void requestsKeepTheirWirePlumbingOutOfThePublicApi() {
        assertFalse(ApiRequest.class.isAssignableFrom(AddOrderRequest.class));
        assertEquals(List.of(), Arrays.stream(AddOrderRequest.class.getFields()).map(Field::getName).toList());
        List<String> methods = Arrays.stream(AddOrderRequest.class.getMethods())
                .filter(method -> method.getDeclaringClass() == AddOrderRequest.class).map(Method::getName).toList();
        assertTrue(methods.containsAll(List.of("builder", "toBuilder", "clientid", "pid", "equals", "hashCode", "toString")),
                methods.toString());
        for (String plumbing : List.of("command", "writeParameters", "apiRequest")) {
            assertFalse(methods.contains(plumbing), plumbing + " is public");
        }
    }

    @Test
    void toolsOnTheSpiFindACommandByItsAction() {
        assertEquals("AddOrder", WhmcsClient.command("AddOrder").orElseThrow().action());
        assertFalse(WhmcsClient.command("AddOrder").orElseThrow().readOnly());
        assertTrue(WhmcsClient.command("GetClients").orElseThrow().readOnly());
        assertEquals(List.of(), WhmcsClient.command("NoSuchAction").stream().toList());
        assertEquals(ClientsApi.commands().size(), BundledSpec.commands().values().stream()
                .filter(command -> command.category().equals("Clients")).count());
    }

    @Test
    void deprecatedParametersAreDeprecated() throws Exception {
        assertTrue(AddClientRequest.Builder.class.getMethod("cardnum", String.class).isAnnotationPresent(Deprecated.class));
        assertTrue(AddClientRequest.class.getMethod("cardnum").isAnnotationPresent(Deprecated.class));
        assertNotDeprecated(AddClientRequest.Builder.class.getMethod("email", String.class));
    }

    private static void assertNotDeprecated(Method method) {
        assertTrue(!method.isAnnotationPresent(Deprecated.class), method + " is not deprecated");
    }

    @Test
    void responsesAreRecordsWithRealTypes() {
        assertTrue(GetClientsResponse.Client.class.isRecord());
        Map<String, Class<?>> types = componentTypes(GetClientsResponse.Client.class);
        assertEquals(Long.class, types.get("id"));
        assertEquals(LocalDate.class, types.get("datecreated"));
        assertEquals(Map.class, types.get("unknownFields"));
        assertEquals(BigDecimal.class, componentTypes(GetInvoiceResponse.class).get("total"));
        assertEquals(List.class, componentTypes(GetInvoiceResponse.class).get("items"));
    }

    private static Map<String, Class<?>> componentTypes(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .collect(java.util.stream.Collectors.toMap(RecordComponent::getName, RecordComponent::getType));
    }
}
