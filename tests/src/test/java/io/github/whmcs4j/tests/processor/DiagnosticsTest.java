package io.github.whmcs4j.tests.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Each kind of spec problem is a compile error on the annotated package naming the spec file, line
 * and column, with a sentence that says how to fix it; and nothing is generated.
 */
class DiagnosticsTest {
    private static final String DIR = "specs/invalid/";

    private static List<String> errors(Compilation compilation) {
        assertThat(compilation).failed();
        return compilation.errors().stream().map(error -> error.getMessage(null)).toList();
    }

    private static void assertSingleError(String spec, String expected) {
        Compilation compilation = Compilations.generate(DIR + spec);
        assertEquals(List.of(expected), errors(compilation));
        Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
        assertEquals("package-info.java", error.getSource().getName().replaceAll(".*/", ""));
    }

    @Test
    void unknownType() {
        assertSingleError("unknown-type.yaml", DIR + "unknown-type.yaml:6:11: unknown type \"lng\" for parameter id of"
                + " GetWidget; use one of: string, int, long, decimal, bool, date, datetime, each also as T[] (array)"
                + " or map<T>, and phpserialized, phpserialized[] or base64json [WHMCS-SPEC-UNKNOWN_TYPE]");
    }

    @Test
    void syntaxError() {
        assertSingleError("syntax.yaml", DIR + "syntax.yaml:3:27: not valid YAML: while scanning a quoted scalar; found"
                + " unexpected end of stream [WHMCS-SPEC-SYNTAX]");
    }

    @Test
    void duplicateKey() {
        assertSingleError("duplicate-key.yaml", DIR + "duplicate-key.yaml:7:7: \"id\" is given twice in the same mapping"
                + " (first at line 6); remove or rename one [WHMCS-SPEC-DUPLICATE_KEY]");
    }

    @Test
    void duplicateCommandAcrossFiles() {
        Compilation compilation = Compilations.generate(DIR + "valid-widget.yaml", DIR + "duplicate-command.yaml");
        assertEquals(List.of(DIR + "duplicate-command.yaml:3:3: command GetWidget is defined twice, differently: here"
                + " and at " + DIR + "valid-widget.yaml:3:3; keep one definition, or make them identical"
                + " [WHMCS-SPEC-DUPLICATE_COMMAND]"), errors(compilation));
    }

    @Test
    void missingCategory() {
        assertSingleError("missing-category.yaml", DIR + "missing-category.yaml:1:1: the spec file has no \"category\";"
                + " add it [WHMCS-SPEC-MISSING_KEY]");
    }

    @Test
    void unknownKey() {
        assertSingleError("unknown-key.yaml", DIR + "unknown-key.yaml:5:5: unknown key \"readonly\" in command GetWidget;"
                + " expected one of: deprecated, description, envelope, java, paginated, params, readOnly, response,"
                + " since [WHMCS-SPEC-UNKNOWN_KEY]");
    }

    @Test
    void wrongNode() {
        assertSingleError("wrong-node.yaml", DIR + "wrong-node.yaml:5:13: params of GetWidget must be a mapping, not a"
                + " list [WHMCS-SPEC-WRONG_NODE]");
    }

    @Test
    void invalidJavaName() {
        assertSingleError("invalid-name.yaml", DIR + "invalid-name.yaml:6:41: \"first-name\" cannot be used as a Java name"
                + " for field first-name of GetWidget; use a Java identifier that is not a keyword"
                + " [WHMCS-SPEC-INVALID_NAME]");
    }

    @Test
    void twoCommandsWantingOneClass() {
        assertSingleError("class-collision.yaml", DIR + "class-collision.yaml:5:3: class com.example.sdk.widgets.GetWidgetRequest"
                + " for the request of command Get_Widget is already the request of command GetWidget ("
                + DIR + "class-collision.yaml:3:3) (names that differ only in case are one file on some file"
                + " systems); give one of them another name with `java: <name>` [WHMCS-SPEC-NAME_COLLISION]");
    }

    @Test
    void invalidValue() {
        assertSingleError("invalid-value.yaml", DIR + "invalid-value.yaml:1:11: invalid category \"42\"; use words with"
                + " at least one letter, such as Clients or Project Management [WHMCS-SPEC-INVALID_VALUE]");
    }

    @Test
    void badPagination() {
        assertSingleError("bad-pagination.yaml", DIR + "bad-pagination.yaml:5:16: paginated command GetWidgets names items"
                + " \"widgets\", which is not a list field of its response [WHMCS-SPEC-BAD_PAGINATION]");
    }

    @Test
    void specNotFound() {
        assertSingleError("nowhere.yaml", DIR + "nowhere.yaml: spec file \"" + DIR + "nowhere.yaml\" was not found;"
                + " looked in: CLASS_OUTPUT, SOURCE_PATH, CLASS_PATH, the annotation processor path. Check the path in"
                + " @WhmcsSdk(specs) and that the file is among the resources [WHMCS-SPEC-NOT_FOUND]");
    }

    @Test
    void everyProblemIsReportedInOnePass() {
        assertEquals(List.of(
                DIR + "three-problems.yaml:3:3: command GetWidget has no \"description\"; add it [WHMCS-SPEC-MISSING_KEY]",
                DIR + "three-problems.yaml:5:11: unknown type \"lng\" for parameter id of GetWidget; use one of: string,"
                        + " int, long, decimal, bool, date, datetime, each also as T[] (array) or map<T>, and phpserialized,"
                        + " phpserialized[] or base64json [WHMCS-SPEC-UNKNOWN_TYPE]",
                DIR + "three-problems.yaml:7:7: \"result\" is reserved for the envelope (the SDK reads it and throws on"
                        + " errors); remove it from the response [WHMCS-SPEC-RESERVED_NAME]"),
                errors(Compilations.generate(DIR + "three-problems.yaml")));
    }

    @Test
    void badNumberedGroups() {
        assertEquals(List.of(
                DIR + "bad-group.yaml:7:19: numbered group part of AddWidget has no members; list the parameters of one"
                        + " element, such as itemdescription: string [WHMCS-SPEC-BAD_GROUP]",
                DIR + "bad-group.yaml:10:21: numbered group line of AddWidget cannot have member linename of type"
                        + " \"string[]\"; a member is one value: string, int, long, decimal, bool, date or datetime"
                        + " [WHMCS-SPEC-BAD_GROUP]",
                DIR + "bad-group.yaml:11:39: unknown key \"sensitive\" in member lineprice of line in AddWidget;"
                        + " expected one of: description, java, required, type, unverified [WHMCS-SPEC-UNKNOWN_KEY]"),
                errors(Compilations.generate(DIR + "bad-group.yaml")));
    }
}
