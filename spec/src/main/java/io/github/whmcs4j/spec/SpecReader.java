package io.github.whmcs4j.spec;

import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ParamEncoding;
import io.github.whmcs4j.spec.model.ParamKind;
import io.github.whmcs4j.spec.model.ParamSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import io.github.whmcs4j.spec.model.SourceLocation;
import io.github.whmcs4j.spec.model.SpecFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Turns one file's {@link Node} tree into the spec model, reporting every problem it finds (and
 * carrying on past each, so one pass shows them all).
 */
final class SpecReader {
    private static final Set<String> FILE_KEYS = Set.of("category", "description", "commands");
    private static final Set<String> COMMAND_KEYS = Set.of("description", "readOnly", "paginated", "envelope",
            "since", "deprecated", "java", "params", "response");
    private static final Set<String> PARAM_KEYS = Set.of("type", "required", "description", "enum", "since",
            "deprecated", "sensitive", "encoding", "java", "unverified", "words");
    /** A numbered group: its members instead of a type, and what concerns the group as a whole. */
    private static final Set<String> GROUP_KEYS = Set.of("numbered", "required", "description", "since",
            "deprecated", "java", "unverified", "words");
    /** A member of a numbered group: one value per element. */
    private static final Set<String> MEMBER_KEYS = Set.of("type", "required", "description", "java", "unverified");
    private static final Set<ScalarType> MEMBER_TYPES = Set.of(ScalarType.STRING, ScalarType.INT, ScalarType.LONG,
            ScalarType.DECIMAL, ScalarType.BOOL, ScalarType.DATE, ScalarType.DATETIME);
    private static final Set<String> FIELD_KEYS = Set.of("type", "fields", "list", "of", "map", "record",
            "description", "java", "sensitive", "plainText", "unverified", "enum", "words");
    private static final Set<String> SHAPE_KEYS = Set.of("type", "fields", "list", "map");
    private static final Set<String> ENVELOPES = Set.of("result", "status", "none");
    private static final Set<String> ENVELOPE_FIELDS = Set.of("result", "message");
    /** A category names a facade and a package: any text with a letter, such as {@code Project Management}. */
    private static final Pattern CATEGORY = Pattern.compile(".*[A-Za-z].*");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z0-9]+( [A-Za-z0-9]+)*");
    private static final Pattern PARAM_TYPE = Pattern.compile("(?:map<(\\w+)>|(\\w+)(\\[])?)");

    private final String file;
    private final List<SpecProblem> problems;

    SpecReader(String file, List<SpecProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    SpecFile read(Node root) {
        Node.Mapping top = mapping(root, "the spec file");
        if (top == null) {
            return new SpecFile(file, "", "", List.of());
        }
        checkKeys(top, FILE_KEYS, "the spec file");
        String category = text(top, "category");
        if (category == null) {
            report(top.location(), Diagnostic.MISSING_KEY, "the spec file", "category");
            category = "";
        } else if (!CATEGORY.matcher(category).matches()) {
            report(top.get("category").location(), Diagnostic.INVALID_VALUE, "category", category,
                    "use words with at least one letter, such as Clients or Project Management");
        }
        String description = text(top, "description");
        List<CommandSpec> commands = new ArrayList<>();
        Node commandsNode = top.get("commands");
        if (commandsNode == null) {
            report(top.location(), Diagnostic.MISSING_KEY, "the spec file", "commands");
        } else {
            Node.Mapping commandMap = mapping(commandsNode, "commands");
            if (commandMap != null) {
                for (Node.Entry entry : commandMap.entries()) {
                    commands.add(command(entry, category));
                }
            }
        }
        return new SpecFile(file, category, description == null ? "" : description, commands);
    }

    private CommandSpec command(Node.Entry entry, String category) {
        String name = entry.key();
        String what = "command " + name;
        Node.Mapping node = mapping(entry.value(), what);
        if (node == null) {
            return new CommandSpec(name, null, category, "", false, null, "result", null, null, List.of(),
                    new Shape.ObjectShape(List.of(), null), entry.keyLocation());
        }
        checkKeys(node, COMMAND_KEYS, what);
        String javaName = text(node, "java");
        checkJavaName(javaName, node.get("java"), what);
        String description = text(node, "description");
        if (description == null) {
            report(entry.keyLocation(), Diagnostic.MISSING_KEY, what, "description");
        }
        String envelope = text(node, "envelope");
        if (envelope == null) {
            envelope = "result";
        } else if (!ENVELOPES.contains(envelope)) {
            report(node.get("envelope").location(), Diagnostic.INVALID_VALUE, "envelope", envelope,
                    "use result, status or none");
            envelope = "result";
        }

        List<ParamSpec> params = new ArrayList<>();
        Node paramsNode = node.get("params");
        if (paramsNode != null) {
            Node.Mapping paramMap = mapping(paramsNode, "params of " + name);
            if (paramMap != null) {
                for (Node.Entry param : paramMap.entries()) {
                    params.add(param(param, name));
                }
                checkUniqueJavaNames(paramMap.entries(), params.stream().map(p -> javaName(p.name(), p.javaName())).toList(),
                        "parameters of " + name);
            }
        }

        Shape.ObjectShape response = new Shape.ObjectShape(List.of(), null);
        Node responseNode = node.get("response");
        if (responseNode != null) {
            Node.Mapping fields = mapping(responseNode, "response of " + name);
            if (fields != null) {
                Set<String> envelopeFields = envelope.equals("status")
                        ? Set.of("result", "message", "status") : ENVELOPE_FIELDS;
                for (Node.Entry field : fields.entries()) {
                    if (envelopeFields.contains(field.key())) {
                        report(field.keyLocation(), Diagnostic.RESERVED_NAME, field.key(),
                                "the envelope (the SDK reads it and throws on errors)", "remove it from the response");
                    }
                }
                response = new Shape.ObjectShape(fields(fields, name, envelopeFields), null);
            }
        }

        String paginated = paginated(node, name, params, response);
        return new CommandSpec(name, javaName, category, description == null ? "" : description,
                flag(node, "readOnly"), paginated, envelope, text(node, "since"), deprecation(node),
                params, response, entry.keyLocation());
    }

    private String paginated(Node.Mapping node, String command, List<ParamSpec> params, Shape.ObjectShape response) {
        Node value = node.get("paginated");
        if (value == null) {
            return null;
        }
        String items;
        if (value instanceof Node.Mapping map) {
            checkKeys(map, Set.of("items"), "paginated of " + command);
            items = text(map, "items");
        } else {
            items = scalarText(value, "paginated of " + command);
        }
        if (items == null) {
            report(value.location(), Diagnostic.MISSING_KEY, "paginated of " + command, "items");
            return null;
        }
        boolean listField = response.fields().stream()
                .anyMatch(field -> field.name().equals(items) && field.shape() instanceof Shape.ListShape);
        if (!listField) {
            report(value.location(), Diagnostic.BAD_PAGINATION, command,
                    "names items \"" + items + "\", which is not a list field of its response");
        }
        for (String required : List.of("limitstart", "limitnum")) {
            if (params.stream().noneMatch(param -> param.name().equals(required))) {
                report(value.location(), Diagnostic.BAD_PAGINATION, command, "has no \"" + required + "\" parameter");
            }
        }
        if (response.fields().stream().noneMatch(field -> field.name().equals("totalresults"))) {
            report(value.location(), Diagnostic.BAD_PAGINATION, command, "has no \"totalresults\" response field");
        }
        return items;
    }

    private ParamSpec param(Node.Entry entry, String command) {
        String name = entry.key();
        String what = "parameter " + name + " of " + command;
        Node.Mapping options = entry.value() instanceof Node.Mapping map ? map : null;
        if (options != null && options.get("numbered") != null) {
            return group(entry, options, command);
        }
        String typeText;
        SourceLocation typeLocation;
        if (options != null) {
            checkKeys(options, PARAM_KEYS, what);
            typeText = text(options, "type");
            typeLocation = options.get("type") != null ? options.get("type").location() : entry.keyLocation();
            if (typeText == null) {
                report(entry.keyLocation(), Diagnostic.MISSING_KEY, what, "type");
                typeText = "string";
            }
        } else {
            typeText = scalarText(entry.value(), what);
            typeLocation = entry.value().location();
            if (typeText == null) {
                typeText = "string";
            }
        }
        String javaName = options == null ? null : text(options, "java");
        checkJavaName(javaName, options == null ? null : options.get("java"), what);

        ParamKind kind = ParamKind.SCALAR;
        ScalarType type = ScalarType.STRING;
        if (typeText.equals("base64json")) {
            kind = ParamKind.BASE64_JSON;
        } else if (typeText.equals("phpserialized")) {
            kind = ParamKind.PHP_SERIALIZED;
        } else if (typeText.equals("phpserialized[]")) {
            kind = ParamKind.PHP_SERIALIZED_ARRAY;
        } else {
            Matcher matcher = PARAM_TYPE.matcher(typeText);
            String base = matcher.matches() ? (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) : typeText;
            Optional<ScalarType> scalar = ScalarType.bySpecName(base).filter(t -> t != ScalarType.ANY);
            if (scalar.isEmpty() || !matcher.matches()) {
                report(typeLocation, Diagnostic.UNKNOWN_TYPE, typeText, what,
                        "string, int, long, decimal, bool, date, datetime, each also as T[] (array) or map<T>,"
                                + " and phpserialized, phpserialized[] or base64json");
            } else {
                type = scalar.get();
                kind = matcher.group(1) != null ? ParamKind.MAP : matcher.group(3) != null ? ParamKind.ARRAY : ParamKind.SCALAR;
            }
        }

        ParamEncoding encoding = ParamEncoding.STANDARD;
        List<String> enumValues = List.of();
        if (options != null) {
            String encodingName = text(options, "encoding");
            if (encodingName != null) {
                if (encodingName.equals("csv") && kind == ParamKind.ARRAY) {
                    encoding = ParamEncoding.CSV;
                } else if (encodingName.equals("presence") && kind == ParamKind.SCALAR && type == ScalarType.BOOL) {
                    encoding = ParamEncoding.PRESENCE;
                } else {
                    report(options.get("encoding").location(), Diagnostic.INVALID_VALUE, "encoding", encodingName,
                            "use csv for an array sent as one comma-separated value, or presence for a bool that is sent"
                                    + " only when true");
                }
            }
            Node enumNode = options.get("enum");
            if (enumNode != null) {
                enumValues = enumValues(enumNode, what);
            }
        }
        return new ParamSpec(name, javaName, kind, type, encoding,
                options != null && flag(options, "required"), enumValues,
                options == null ? null : text(options, "since"), options == null ? null : deprecation(options),
                options != null && flag(options, "sensitive"), options == null ? null : text(options, "description"),
                List.of(), options != null && flag(options, "unverified"), options == null ? null : words(options),
                entry.keyLocation());
    }

    /**
     * A numbered group: {@code item: { numbered: { itemdescription: string, itemamount: decimal } }}, whose
     * elements WHMCS reads as {@code itemdescription1}, {@code itemamount1}, {@code itemdescription2}, ….
     */
    private ParamSpec group(Node.Entry entry, Node.Mapping options, String command) {
        String name = entry.key();
        String what = "parameter " + name + " of " + command;
        checkKeys(options, GROUP_KEYS, what);
        String javaName = text(options, "java");
        checkJavaName(javaName, options.get("java"), what);
        List<ParamSpec> members = new ArrayList<>();
        Node membersNode = options.get("numbered");
        Node.Mapping memberMap = mapping(membersNode, "numbered of " + what);
        if (memberMap != null) {
            if (memberMap.entries().isEmpty()) {
                report(membersNode.location(), Diagnostic.BAD_GROUP, name + " of " + command,
                        "has no members; list the parameters of one element, such as itemdescription: string");
            }
            for (Node.Entry member : memberMap.entries()) {
                members.add(member(member, name, command));
            }
            checkUniqueJavaNames(memberMap.entries(), members.stream().map(m -> javaName(m.name(), m.javaName())).toList(),
                    "members of " + name);
        }
        return new ParamSpec(name, javaName, ParamKind.NUMBERED_GROUP, ScalarType.STRING, ParamEncoding.STANDARD,
                flag(options, "required"), List.of(), text(options, "since"), deprecation(options), false,
                text(options, "description"), members, flag(options, "unverified"), words(options), entry.keyLocation());
    }

    private ParamSpec member(Node.Entry entry, String group, String command) {
        String name = entry.key();
        String what = "member " + name + " of " + group + " in " + command;
        Node.Mapping options = entry.value() instanceof Node.Mapping map ? map : null;
        String typeText;
        SourceLocation typeLocation;
        if (options != null) {
            checkKeys(options, MEMBER_KEYS, what);
            typeText = text(options, "type");
            typeLocation = options.get("type") != null ? options.get("type").location() : entry.keyLocation();
            if (typeText == null) {
                report(entry.keyLocation(), Diagnostic.MISSING_KEY, what, "type");
            }
        } else {
            typeText = scalarText(entry.value(), what);
            typeLocation = entry.value().location();
        }
        String javaName = options == null ? null : text(options, "java");
        checkJavaName(javaName, options == null ? null : options.get("java"), what);
        ScalarType type = ScalarType.STRING;
        if (typeText != null) {
            Optional<ScalarType> scalar = ScalarType.bySpecName(typeText).filter(MEMBER_TYPES::contains);
            if (scalar.isPresent()) {
                type = scalar.get();
            } else {
                report(typeLocation, Diagnostic.BAD_GROUP, group + " of " + command, "cannot have member " + name
                        + " of type \"" + typeText + "\"; a member is one value: string, int, long, decimal, bool,"
                        + " date or datetime");
            }
        }
        return new ParamSpec(name, javaName, ParamKind.SCALAR, type, ParamEncoding.STANDARD,
                options != null && flag(options, "required"), List.of(), null, null, false,
                options == null ? null : text(options, "description"), List.of(),
                options != null && flag(options, "unverified"), null, entry.keyLocation());
    }

    private List<String> enumValues(Node node, String what) {
        if (!(node instanceof Node.Sequence sequence)) {
            report(node.location(), Diagnostic.WRONG_NODE, "enum of " + what, "a list of values");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Node item : sequence.items()) {
            String value = scalarText(item, "enum value of " + what);
            if (value != null) {
                if (values.contains(value)) {
                    report(item.location(), Diagnostic.DUPLICATE_KEY, value, "enum of " + what, item.location().line());
                } else {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private List<FieldSpec> fields(Node.Mapping map, String owner, Set<String> skipped) {
        List<FieldSpec> fields = new ArrayList<>();
        List<Node.Entry> kept = new ArrayList<>();
        for (Node.Entry entry : map.entries()) {
            if (skipped.contains(entry.key())) {
                continue;
            }
            fields.add(field(entry, owner));
            kept.add(entry);
        }
        checkUniqueJavaNames(kept, fields.stream().map(f -> javaName(f.name(), f.javaName())).toList(),
                "fields of " + owner);
        return fields;
    }

    private FieldSpec field(Node.Entry entry, String owner) {
        String name = entry.key();
        String what = "field " + name + " of " + owner;
        String javaName = null;
        String description = null;
        boolean sensitive = false;
        boolean plainText = false;
        boolean unverified = false;
        List<String> enumValues = List.of();
        String words = null;
        if (entry.value() instanceof Node.Mapping options) {
            checkKeys(options, FIELD_KEYS, what);
            Node enumNode = options.get("enum");
            enumValues = enumNode == null ? List.of() : enumValues(enumNode, what);
            words = words(options);
            javaName = text(options, "java");
            description = text(options, "description");
            sensitive = flag(options, "sensitive");
            plainText = flag(options, "plainText");
            unverified = flag(options, "unverified");
        }
        if (entry.value() instanceof Node.Mapping options) {
            checkJavaName(javaName, options.get("java"), what);
        }
        Shape shape = shape(entry.value(), what, owner + "." + name);
        if (plainText && !(shape instanceof Shape.Scalar scalar && scalar.type() == ScalarType.STRING)) {
            report(entry.keyLocation(), Diagnostic.INVALID_VALUE, "plainText", "true", "only string fields are text to unescape");
            plainText = false;
        }
        boolean isString = shape instanceof Shape.Scalar scalar && scalar.type() == ScalarType.STRING;
        if (!isString && (!enumValues.isEmpty() || words != null)) {
            report(entry.keyLocation(), Diagnostic.INVALID_VALUE, enumValues.isEmpty() ? "words" : "enum",
                    enumValues.isEmpty() ? words : String.join(", ", enumValues),
                    "only string fields have an enum, and words name that enum");
            enumValues = List.of();
            words = null;
        } else if (words != null && enumValues.isEmpty()) {
            report(entry.keyLocation(), Diagnostic.INVALID_VALUE, "words", words, "words name a field's enum: give it an enum");
            words = null;
        }
        return new FieldSpec(name, javaName, shape, description, sensitive, plainText, unverified, enumValues, words,
                entry.keyLocation());
    }

    /** A shape: a scalar type name, or a mapping with one of type, fields, list or map. */
    private Shape shape(Node node, String what, String path) {
        if (!(node instanceof Node.Mapping options)) {
            String typeName = scalarText(node, what);
            return typeName == null ? new Shape.Scalar(ScalarType.ANY) : scalar(typeName, node.location(), what);
        }
        List<String> present = options.entries().stream().map(Node.Entry::key).filter(SHAPE_KEYS::contains).toList();
        boolean listWithFields = present.contains("list") && present.contains("fields") && present.size() == 2;
        if (present.size() != 1 && !listWithFields) {
            report(options.location(), Diagnostic.WRONG_NODE, what,
                    "a type name, or a mapping with exactly one of type, fields, list or map (list may add fields or of)");
            return new Shape.Scalar(ScalarType.ANY);
        }
        String recordName = text(options, "record");
        if (recordName != null) {
            checkJavaName(recordName, options.get("record"), what);
        }
        if (present.contains("list")) {
            String itemKey = scalarText(options.get("list"), "list of " + what);
            Shape item;
            if (options.get("fields") != null) {
                item = object(options.get("fields"), recordName, what, path);
            } else if (options.get("of") != null) {
                item = shape(options.get("of"), "items of " + what, path);
            } else {
                report(options.location(), Diagnostic.MISSING_KEY, "list " + what, "fields\" or \"of");
                item = new Shape.Scalar(ScalarType.ANY);
            }
            boolean bare = itemKey == null || itemKey.equals("bare");
            return new Shape.ListShape(bare ? null : itemKey, item);
        }
        if (options.get("of") != null) {
            report(options.get("of").location(), Diagnostic.UNKNOWN_KEY, "of", what, "type, fields, list, map (of goes with list)");
        }
        if (present.contains("type")) {
            String typeName = scalarText(options.get("type"), what);
            return typeName == null ? new Shape.Scalar(ScalarType.ANY)
                    : scalar(typeName, options.get("type").location(), what);
        }
        if (present.contains("fields")) {
            return object(options.get("fields"), recordName, what, path);
        }
        return new Shape.MapShape(shape(options.get("map"), "values of " + what, path));
    }

    private Shape object(Node fieldsNode, String recordName, String what, String path) {
        Node.Mapping fields = mapping(fieldsNode, "fields of " + what);
        return new Shape.ObjectShape(fields == null ? List.of() : fields(fields, path, Set.of()), recordName);
    }

    private Shape scalar(String typeName, SourceLocation location, String what) {
        Optional<ScalarType> type = ScalarType.bySpecName(typeName);
        if (type.isEmpty()) {
            report(location, Diagnostic.UNKNOWN_TYPE, typeName, what, ScalarType.specNames());
            return new Shape.Scalar(ScalarType.ANY);
        }
        return new Shape.Scalar(type.get());
    }

    // ---- small readers ------------------------------------------------------------------------

    private Node.Mapping mapping(Node node, String what) {
        if (node instanceof Node.Mapping map) {
            return map;
        }
        report(node.location(), Diagnostic.WRONG_NODE, what, "a mapping, not " + node.kind());
        return null;
    }

    private String scalarText(Node node, String what) {
        if (node instanceof Node.Scalar scalar && scalar.text() != null) {
            return scalar.text();
        }
        report(node.location(), Diagnostic.WRONG_NODE, what, "a value, not " + (node instanceof Node.Scalar ? "empty" : node.kind()));
        return null;
    }

    private String text(Node.Mapping map, String key) {
        Node node = map.get(key);
        return node == null ? null : scalarText(node, "\"" + key + "\"");
    }

    private boolean flag(Node.Mapping map, String key) {
        String value = text(map, key);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            report(map.get(key).location(), Diagnostic.INVALID_VALUE, key, value, "use true or false");
        }
        return value.equals("true");
    }

    /** {@code deprecated: "8.0"} (the version) or {@code deprecated: true} (version unknown, as ""). */
    private String deprecation(Node.Mapping map) {
        String value = text(map, "deprecated");
        if (value == null || value.equals("false")) {
            return null;
        }
        return value.equals("true") ? "" : value;
    }

    /** {@code words: billing cycle}: letters and digits, one space between words. */
    private String words(Node.Mapping options) {
        String words = text(options, "words");
        if (words != null && !WORDS.matcher(words).matches()) {
            report(options.get("words").location(), Diagnostic.INVALID_VALUE, "words", words,
                    "give the words of the name, letters and digits separated by single spaces, such as billing cycle");
            return null;
        }
        return words;
    }

    private void checkKeys(Node.Mapping map, Set<String> allowed, String what) {
        for (Node.Entry entry : map.entries()) {
            if (!allowed.contains(entry.key())) {
                report(entry.keyLocation(), Diagnostic.UNKNOWN_KEY, entry.key(), what,
                        String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /**
     * A Java name chosen in the spec ({@code java:}, {@code record:}) must be one as written; wire names need
     * no check, since the processor escapes whatever Java does not allow.
     */
    private void checkJavaName(String name, Node node, String what) {
        if (name != null && (!SourceVersion.isName(name) || name.equals("_"))) {
            report(node.location(), Diagnostic.INVALID_NAME, name, what);
        }
    }

    private void checkUniqueJavaNames(List<Node.Entry> entries, List<String> javaNames, String what) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < javaNames.size(); i++) {
            Integer firstLine = seen.putIfAbsent(javaNames.get(i), entries.get(i).keyLocation().line());
            if (firstLine != null) {
                report(entries.get(i).keyLocation(), Diagnostic.DUPLICATE_KEY, "Java name " + javaNames.get(i),
                        "Java names of " + what, firstLine);
            }
        }
    }

    private static String javaName(String name, String javaName) {
        return javaName != null ? javaName : name;
    }

    private void report(SourceLocation location, Diagnostic diagnostic, Object... arguments) {
        problems.add(SpecProblem.at(location, diagnostic, arguments));
    }
}
