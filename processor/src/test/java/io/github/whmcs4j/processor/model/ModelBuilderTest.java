package io.github.whmcs4j.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.spec.LoadedSpecs;
import io.github.whmcs4j.spec.SpecLoader;
import io.github.whmcs4j.spec.SpecSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelBuilderTest {
    private static ModelBuilder.Result build(String yaml) {
        LoadedSpecs specs = SpecLoader.load(List.of(new SpecSource("test.yaml", yaml)));
        assertTrue(specs.isSound(), () -> specs.problems().toString());
        return ModelBuilder.build(specs.files(), "com.example", "WhmcsClient", List.of("String", "List"));
    }

    private static CommandModel only(ModelBuilder.Result result) {
        assertEquals(List.of(), result.problems());
        return result.model().facades().get(0).commands().get(0);
    }

    @Test
    void namesJavaTakesAsTheyAreKeepThemWhateverTheOrder() {
        CommandModel command = only(build("""
                category: Things
                commands:
                  SetThing:
                    description: Sets a thing.
                    params: { a-b: string, a_b: string, A_B: string, form: string, build: string }
                """));
        assertEquals(List.of("a_b_", "a_b", "A_B", "form", "build_"),
                command.params().stream().map(ParamModel::member).toList());
    }

    @Test
    void decoderLocalsNeverMeetTheReadersOwnNames() {
        CommandModel command = only(build("""
                category: Things
                commands:
                  GetThing:
                    description: Gets a thing.
                    response: { in: string, inValue: string, item: string, field: string }
                """));
        assertEquals(List.of("in_", "inValue", "item_", "field_"),
                command.responseRecord().fields().stream().map(FieldModel::local).toList());
        assertEquals(List.of("in", "inValue", "item", "field"),
                command.responseRecord().fields().stream().map(FieldModel::component).toList());
    }

    @Test
    void nestedTypesAvoidEnclosingNamesAndTheBuilder() {
        CommandModel command = only(build("""
                category: Things
                commands:
                  GetThing:
                    description: Gets a thing.
                    params:
                      builder: { type: string, enum: [a] }
                      getThingRequest: { type: string, enum: [b] }
                    response:
                      item: { list: item, fields: { item: { fields: { x: int } } } }
                """));
        assertEquals("Builder2", command.params().get(0).nestedType().simpleName());
        assertEquals("GetThingRequest2", command.params().get(1).nestedType().simpleName());
        RecordModel item = command.responseRecord().nested().get(0);
        assertEquals("Item", item.className().simpleName());
        assertEquals("ItemItem", item.nested().get(0).className().simpleName());
        assertEquals("readItemItemItem", item.nested().get(0).readerMethod());
    }

    @Test
    void nestedTypesNeverHideTheTypesGeneratedCodeUses() {
        CommandModel command = only(build("""
                category: Things
                commands:
                  GetThing:
                    description: Gets a thing.
                    params: { string: { type: string, enum: [a] } }
                    response: { list: { fields: { x: int } } }
                """));
        assertEquals("String2", command.params().get(0).nestedType().simpleName());
        assertEquals("ListItem", command.responseRecord().nested().get(0).className().simpleName());
    }

    @Test
    void facadeMethodsAndClientAccessorsAreUnique() {
        ModelBuilder.Result result = build("""
                category: Raw
                commands:
                  GetThing: { description: Gets a thing. }
                  GetThingAsync: { description: Gets a thing without waiting. }
                """);
        FacadeModel facade = result.model().facades().get(0);
        assertEquals("raw_", facade.accessor());
        assertEquals(List.of("getThing", "getThingAsync"), facade.commands().stream().map(CommandModel::method).toList());
        assertEquals(List.of("getThingAsync2", "getThingAsyncAsync"),
                facade.commands().stream().map(CommandModel::asyncMethod).toList());
    }

    @Test
    void thePlumbingNamesOfRequestsFacadesAndClientsAreTaken() {
        ModelBuilder.Result result = build("""
                category: Command
                commands:
                  Commands:
                    description: Lists commands.
                    params: { apiRequest: string, command: string, writeParameters: string, COMMAND: string }
                """);
        FacadeModel facade = result.model().facades().get(0);
        assertEquals("command_", facade.accessor());
        assertEquals("commands2", only(result).method());
        assertEquals(List.of("apiRequest_", "command", "writeParameters_", "COMMAND_"),
                only(result).params().stream().map(ParamModel::member).toList());
    }

    @Test
    void twoCommandsWantingOneClassAreAProblemNamingBoth() {
        ModelBuilder.Result result = build("""
                category: Things
                commands:
                  GetThing: { description: Gets a thing. }
                  Get-thing: { description: Gets a thing under another spelling. }
                """);
        assertEquals(1, result.problems().size());
        String message = result.problems().get(0).toString();
        // commands come in name order, so Get-thing takes the class first
        assertTrue(message.startsWith("test.yaml:3:3: class com.example.things.GetThingRequest for the request of"
                + " command GetThing is already the request of command Get-thing (test.yaml:4:3)"), message);
    }

    @Test
    void oddEnumValuesGetDistinctConstants() {
        CommandModel command = only(build("""
                category: Things
                commands:
                  GetThing:
                    description: Gets a thing.
                    params: { status: { type: string, enum: ["", "*", "-", 1st, Active, ACTIVE] } }
                """));
        assertEquals(List.of("EMPTY", "VALUE", "VALUE_2", "V1ST", "ACTIVE", "ACTIVE_2"),
                command.params().get(0).enumValues().stream().map(EnumValueModel::constant).toList());
    }

    @Test
    void responseEnumsLeaveUnknownFreeAndTheirAccessorClashesWithNoComponent() {
        CommandModel command = only(build("""
                category: Things
                commands:
                  GetThing:
                    description: Gets a thing.
                    response:
                      status: { type: string, enum: [Active, Unknown], words: thing status }
                      statusAsEnum: string
                      class: { type: string, enum: [a] }
                """));
        FieldModel status = command.responseRecord().field("status");
        assertEquals("GetThingResponse.ThingStatus", status.enumType().simpleNames().stream()
                .reduce((outer, inner) -> outer + "." + inner).orElseThrow());
        assertEquals("statusAsEnum2", status.enumAccessor());
        assertEquals(List.of("ACTIVE", "UNKNOWN_2"),
                status.enumValues().stream().map(EnumValueModel::constant).toList());
        FieldModel keyword = command.responseRecord().field("class");
        assertEquals("class_", keyword.component());
        assertEquals("classAsEnum", keyword.enumAccessor());
        assertEquals("Class", keyword.enumType().simpleName());
    }
}
