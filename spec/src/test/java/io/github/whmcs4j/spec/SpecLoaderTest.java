package io.github.whmcs4j.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ParamEncoding;
import io.github.whmcs4j.spec.model.ParamKind;
import io.github.whmcs4j.spec.model.ParamSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecLoaderTest {
    private static LoadedSpecs load(String name, String text) {
        return SpecLoader.load(List.of(new SpecSource(name, text)));
    }

    private static List<String> problems(LoadedSpecs specs) {
        return specs.problems().stream().map(SpecProblem::toString).toList();
    }

    @Test
    void readsEveryPartOfTheFormat() {
        LoadedSpecs specs = load("widgets.yaml", """
                category: Widgets
                description: Widgets of all kinds.
                commands:
                  GetWidgets:
                    description: Lists widgets.
                    readOnly: true
                    paginated: { items: widgets }
                    since: "8.1"
                    params:
                      limitstart: int
                      limitnum: int
                      ids: { type: "long[]", encoding: csv }
                      status: { type: string, enum: [Active, Payment Pending] }
                      prices: "map<decimal>"
                      fields: "phpserialized[]"
                      secret: { type: string, sensitive: true, deprecated: "8.0" }
                    response:
                      totalresults: int
                      widgets:
                        list: widget
                        fields:
                          id: long
                          tags: { list: bare, of: string }
                      pricing: { map: { map: decimal } }
                """);
        assertEquals(List.of(), problems(specs));
        CommandSpec command = specs.commands().get(0);
        assertEquals("Widgets", command.category());
        assertTrue(command.readOnly());
        assertEquals("widgets", command.paginatedItems());
        ParamSpec ids = command.params().get(2);
        assertEquals(ParamKind.ARRAY, ids.kind());
        assertEquals(ScalarType.LONG, ids.type());
        assertEquals(ParamEncoding.CSV, ids.encoding());
        assertEquals(List.of("Active", "Payment Pending"), command.params().get(3).enumValues());
        assertEquals(ParamKind.MAP, command.params().get(4).kind());
        assertEquals(ParamKind.PHP_SERIALIZED_ARRAY, command.params().get(5).kind());
        assertEquals("8.0", command.params().get(6).deprecated());
        Shape.ListShape widgets = (Shape.ListShape) command.response().fields().get(1).shape();
        assertEquals("widget", widgets.itemKey());
        Shape.ListShape tags = (Shape.ListShape) ((Shape.ObjectShape) widgets.item()).fields().get(1).shape();
        assertNull(tags.itemKey());
        assertInstanceOf(Shape.MapShape.class, ((Shape.MapShape) command.response().fields().get(2).shape()).value());
    }

    @Test
    void acceptsJson() {
        LoadedSpecs specs = load("x.json", """
                {"category": "System", "commands": {"WhmcsDetails": {"description": "Version.",
                  "response": {"whmcs": {"fields": {"version": "string"}}}}}}""");
        assertEquals(List.of(), problems(specs));
        assertEquals("WhmcsDetails", specs.commands().get(0).name());
    }

    @Test
    void reportsEveryProblemInOnePassWithFileLineAndColumn() {
        LoadedSpecs specs = load("bad.yaml", """
                description: No category.
                commands:
                  GetThings:
                    description: Things.
                    readOnly: yes
                    params:
                      id: lng
                      id: long
                      "a-b": { type: string, java: a-b }
                    response:
                      result: string
                      unknownFields: string
                      things: { list: thing, fields: { x: int }, map: int }
                  NoDescription:
                    envelope: sometimes
                """);
        assertEquals(List.of(
                "bad.yaml:1:1: the spec file has no \"category\"; add it [WHMCS-SPEC-MISSING_KEY]",
                "bad.yaml:5:15: invalid readOnly \"yes\"; use true or false [WHMCS-SPEC-INVALID_VALUE]",
                "bad.yaml:7:11: unknown type \"lng\" for parameter id of GetThings; use one of: string, int, long, decimal,"
                        + " bool, date, datetime, each also as T[] (array) or map<T>, and phpserialized, phpserialized[] or base64json"
                        + " [WHMCS-SPEC-UNKNOWN_TYPE]",
                "bad.yaml:8:7: \"id\" is given twice in the same mapping (first at line 7); remove or rename one [WHMCS-SPEC-DUPLICATE_KEY]",
                "bad.yaml:9:36: \"a-b\" cannot be used as a Java name for parameter a-b of GetThings; use a Java"
                        + " identifier that is not a keyword [WHMCS-SPEC-INVALID_NAME]",
                "bad.yaml:11:7: \"result\" is reserved for the envelope (the SDK reads it and throws on errors); remove"
                        + " it from the response [WHMCS-SPEC-RESERVED_NAME]",
                "bad.yaml:13:15: field things of GetThings must be a type name, or a mapping with exactly one of type,"
                        + " fields, list or map (list may add fields or of) [WHMCS-SPEC-WRONG_NODE]",
                "bad.yaml:14:3: command NoDescription has no \"description\"; add it [WHMCS-SPEC-MISSING_KEY]",
                "bad.yaml:15:15: invalid envelope \"sometimes\"; use result, status or none [WHMCS-SPEC-INVALID_VALUE]"),
                problems(specs));
    }

    @Test
    void reportsSyntaxErrorsWithTheirPlace() {
        List<String> problems = problems(load("broken.yaml", "category: X\ncommands:\n  A: [unclosed\n"));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("broken.yaml:3:15: not valid YAML: while parsing a flow sequence"),
                problems.get(0));
    }

    @Test
    void mergesACommandDefinedTwiceIdenticallyAndReportsOneDefinedDifferently() {
        String spec = "category: A\ncommands:\n  GetThing:\n    description: One.\n";
        LoadedSpecs same = SpecLoader.load(List.of(new SpecSource("a.yaml", spec), new SpecSource("b.yaml", "\n" + spec)));
        assertEquals(List.of(), problems(same));
        assertEquals(1, same.commands().size());

        LoadedSpecs different = SpecLoader.load(List.of(new SpecSource("a.yaml", spec),
                new SpecSource("b.yaml", spec + "    readOnly: true\n")));
        assertEquals(List.of("b.yaml:3:3: command GetThing is defined twice, differently: here and at a.yaml:3:3; keep"
                + " one definition, or make them identical [WHMCS-SPEC-DUPLICATE_COMMAND]"), problems(different));
    }

    @Test
    void checksPagination() {
        LoadedSpecs specs = load("p.yaml", """
                category: P
                commands:
                  GetPages:
                    description: Pages.
                    paginated: { items: pages }
                    response:
                      pages: string
                """);
        assertEquals(List.of(
                "p.yaml:5:16: paginated command GetPages names items \"pages\", which is not a list field of its response"
                        + " [WHMCS-SPEC-BAD_PAGINATION]",
                "p.yaml:5:16: paginated command GetPages has no \"limitstart\" parameter [WHMCS-SPEC-BAD_PAGINATION]",
                "p.yaml:5:16: paginated command GetPages has no \"limitnum\" parameter [WHMCS-SPEC-BAD_PAGINATION]",
                "p.yaml:5:16: paginated command GetPages has no \"totalresults\" response field [WHMCS-SPEC-BAD_PAGINATION]"),
                problems(specs));
    }

    @Test
    void responseEnumsAreForStringFieldsOnly() {
        LoadedSpecs specs = load("enums.yaml", """
                category: Things
                commands:
                  GetThing:
                    description: Gets a thing.
                    response:
                      status: { type: string, enum: [Active, Closed], words: thing status }
                      count: { type: int, enum: [1, 2] }
                      name: { type: string, words: thing name }
                """);
        List<String> problems = problems(specs);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("enums.yaml:7:7:"), problems.toString());
        assertTrue(problems.get(0).contains("only string fields have an enum"), problems.toString());
        assertTrue(problems.get(1).startsWith("enums.yaml:8:7:"), problems.toString());
        assertTrue(problems.get(1).contains("give it an enum"), problems.toString());
        FieldSpec status = specs.files().get(0).commands().get(0).response().fields().get(0);
        assertEquals(List.of("Active", "Closed"), status.enumValues());
        assertEquals("thing status", status.words());
    }
}
