package io.github.whmcs4j.processor.model;

import com.palantir.javapoet.ClassName;
import io.github.whmcs4j.spec.Diagnostic;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ParamKind;
import io.github.whmcs4j.spec.model.ParamSpec;
import io.github.whmcs4j.spec.model.Shape;
import io.github.whmcs4j.spec.model.SourceLocation;
import io.github.whmcs4j.spec.model.SpecFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Builds the {@link SdkModel} from sound specs: the one place where Java names are decided. Every
 * scope starts with the names the generated code uses in it; names from the specs that Java takes as
 * they are come first, so escaping one name never renames another.
 */
public final class ModelBuilder {
    /** Methods of {@code Object}: no generated member may take their names. */
    static final List<String> OBJECT_METHODS = List.of("equals", "hashCode", "toString", "getClass", "notify",
            "notifyAll", "wait", "clone", "finalize");
    /** Members of every request and its builder, which share the parameters' names. */
    static final List<String> REQUEST_MEMBERS = concat(OBJECT_METHODS,
            List.of("COMMAND", "builder", "toBuilder", "apiRequest", "writeParameters", "build"));
    /** Members of every response record. */
    static final List<String> RECORD_MEMBERS = concat(OBJECT_METHODS,
            List.of("unknownFields", "pageItems", "isWholeList"));
    /** Locals and parameters of every decoder method, and the lambda parameters of nested item readers. */
    static final List<String> DECODER_LOCALS = concat(List.of("in", "fieldName", "field", "unknown", "response"),
            IntStream.rangeClosed(1, 32).boxed().flatMap(depth -> depth == 1 ? Stream.of("item", "listField")
                    : Stream.of("item" + depth, "listField" + depth)).toList());
    /** Members of every client, besides its facades. */
    static final List<String> CLIENT_MEMBERS = concat(OBJECT_METHODS,
            List.of("builder", "of", "withOptions", "raw", "api", "command"));
    /** Members of every facade, besides its commands' methods. */
    static final List<String> FACADE_MEMBERS = concat(OBJECT_METHODS, List.of("commands"));

    private final List<ModelProblem> problems = new ArrayList<>();
    private final Map<String, NameAllocator> packageTypes = new HashMap<>();
    private final List<String> typesInUse;

    private ModelBuilder(Collection<String> typesInUse) {
        this.typesInUse = List.copyOf(new TreeSet<>(typesInUse));
    }

    /** What was built: the model, usable only when there are no problems. */
    public record Result(SdkModel model, List<ModelProblem> problems) {
    }

    /**
     * The model of the SDK generated from {@code files} in {@code basePackage}; {@code typesInUse} are the
     * simple names of the types generated code refers to, which no nested type may hide. The same specs
     * give the same model, whatever order they were named in: files are read in name
     * order, facades come in category order and commands in name order.
     */
    public static Result build(List<SpecFile> files, String basePackage, String clientName,
                               Collection<String> typesInUse) {
        ModelBuilder builder = new ModelBuilder(typesInUse);
        SdkModel model = builder.sdk(files, basePackage, clientName);
        return new Result(model, List.copyOf(builder.problems));
    }

    private SdkModel sdk(List<SpecFile> files, String basePackage, String clientName) {
        List<SpecFile> inNameOrder = new ArrayList<>(files);
        inNameOrder.sort(Comparator.comparing(SpecFile::source));
        Map<String, List<CommandSpec>> byCategory = new TreeMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (SpecFile file : inNameOrder) {
            descriptions.merge(file.category(), file.description(), (first, next) -> first.isBlank() ? next : first);
            byCategory.computeIfAbsent(file.category(), category -> new ArrayList<>()).addAll(file.commands());
        }
        NameAllocator clientMembers = NameAllocator.of(CLIENT_MEMBERS);
        List<FacadeModel> facades = new ArrayList<>();
        byCategory.forEach((category, commands) -> {
            commands.sort(Comparator.comparing(CommandSpec::name));
            String segment = Names.packageSegment(category);
            String packageName = basePackage.isEmpty() ? segment : basePackage + "." + segment;
            SourceLocation where = commands.isEmpty() ? null : commands.get(0).location();
            ClassName facade = topLevel(packageName, Names.type(category) + "Api", "the facade of category " + category,
                    where);
            String accessor = clientMembers.member(Names.lowerCamel(category), category);
            facades.add(new FacadeModel(category, descriptions.get(category), facade, accessor,
                    facadeCommands(packageName, commands)));
        });
        return new SdkModel(ClassName.get(basePackage, clientName), facades);
    }

    private List<CommandModel> facadeCommands(String packageName, List<CommandSpec> commands) {
        NameAllocator methods = NameAllocator.of(FACADE_MEMBERS);
        List<String> bases = commands.stream()
                .map(command -> methods.numbered(Names.lowerCamel(javaOrWire(command.javaName(), command.name())),
                        command.name()))
                .toList();
        List<CommandModel> models = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            CommandSpec command = commands.get(i);
            String async = methods.numbered(bases.get(i) + "Async", command.name());
            String paginator = command.paginatedItems() == null ? null
                    : methods.numbered(bases.get(i) + "Paginator", command.name());
            String nextPage = command.paginatedItems() == null ? null
                    : methods.numbered(bases.get(i) + "NextPageRequest", command.name());
            models.add(command(packageName, command, bases.get(i), async, paginator, nextPage));
        }
        return models;
    }

    private CommandModel command(String packageName, CommandSpec command, String method, String async,
                                 String paginator, String nextPage) {
        String base = Names.type(javaOrWire(command.javaName(), command.name()));
        String what = "command " + command.name();
        ClassName request = topLevel(packageName, base + "Request", "the request of " + what, command.location());
        // the response and decoder differ from other classes exactly when the request does: one report is enough
        ClassName response = ClassName.get(packageName, base + "Response");
        ClassName decoder = ClassName.get(packageName, base + "Decoder");
        Map<Shape.ObjectShape, RecordModel> records = new IdentityHashMap<>();
        NameAllocator readers = NameAllocator.of(concat(OBJECT_METHODS, List.of("decode", "readResponse")));
        RecordModel root = record(command.response(), response, "readResponse", Set.of(response.simpleName()), readers,
                records);
        return new CommandModel(command, request, request.nestedClass("Builder"), response, decoder, method, async,
                paginator, nextPage, params(command.params(), request), root, records);
    }

    // ---- requests -----------------------------------------------------------------------------

    private List<ParamModel> params(List<ParamSpec> params, ClassName request) {
        // a member named as a type the code calls (List.copyOf) would obscure it
        NameAllocator members = NameAllocator.of(concat(REQUEST_MEMBERS, typesInUse));
        List<String> names = allocateMembers(params, members, param -> javaOrWire(param.javaName(), param.name()),
                ParamSpec::name);
        NameAllocator builderMethods = NameAllocator.of(REQUEST_MEMBERS);
        names.forEach(name -> builderMethods.claim(name, name));
        NameAllocator nestedTypes = NameAllocator.of(concat(typesInUse, List.of(request.simpleName(), "Builder")));
        List<ParamModel> models = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            ParamSpec param = params.get(i);
            String member = names.get(i);
            String adder = switch (param.kind()) {
                case ARRAY, PHP_SERIALIZED_ARRAY, NUMBERED_GROUP ->
                        builderMethods.numbered(Names.prefixed("add", member), param.name());
                default -> null;
            };
            String putter = param.kind() == ParamKind.MAP
                    ? builderMethods.numbered(Names.prefixed("put", member), param.name()) : null;
            boolean nested = !param.enumValues().isEmpty() || param.kind() == ParamKind.NUMBERED_GROUP;
            String typeWords = param.words() != null ? param.words() : javaOrWire(param.javaName(), param.name());
            ClassName nestedType = nested ? request.nestedClass(nestedTypes.numbered(Names.type(typeWords),
                    param.name())) : null;
            models.add(new ParamModel(param, member, adder, putter, nestedType, enumValues(param.enumValues(), List.of()),
                    groupMembers(param.members(), typesInUse)));
        }
        return models;
    }

    private static List<MemberModel> groupMembers(List<ParamSpec> members, List<String> typesInUse) {
        List<String> names = allocateMembers(members, NameAllocator.of(concat(OBJECT_METHODS, typesInUse)),
                member -> javaOrWire(member.javaName(), member.name()), ParamSpec::name);
        return IntStream.range(0, members.size()).mapToObj(i -> new MemberModel(members.get(i), names.get(i))).toList();
    }

    /** Constants for enum values; a constant never repeats, whatever the values look like. */
    static List<EnumValueModel> enumValues(List<String> values, List<String> generatedConstants) {
        NameAllocator constants = NameAllocator.of(generatedConstants);
        return values.stream().map(value -> new EnumValueModel(value, constants.constant(Names.constant(value), value)))
                .toList();
    }

    // ---- responses ----------------------------------------------------------------------------

    private RecordModel record(Shape.ObjectShape shape, ClassName className, String readerMethod, Set<String> enclosing,
                               NameAllocator readers, Map<Shape.ObjectShape, RecordModel> records) {
        List<FieldSpec> specs = shape.fields();
        NameAllocator members = NameAllocator.of(concat(RECORD_MEMBERS, typesInUse));
        List<String> components = allocateMembers(specs, members, field -> javaOrWire(field.javaName(), field.name()),
                FieldSpec::name);
        NameAllocator nestedTypes = NameAllocator.of(concat(typesInUse, new ArrayList<>(enclosing)));
        nestedTypes.claim("Builder", "generated code");
        List<RecordModel> nested = new ArrayList<>();
        for (FieldSpec field : specs) {
            collect(field.shape(), Names.type(javaOrWire(field.javaName(), field.name())), className, enclosing,
                    nestedTypes, readers, records, nested);
        }
        NameAllocator locals = NameAllocator.of(concat(DECODER_LOCALS, typesInUse));
        List<FieldModel> fields = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            FieldSpec field = specs.get(i);
            String component = components.get(i);
            String local = locals.member(component, field.name());
            if (field.enumValues().isEmpty()) {
                fields.add(new FieldModel(field, component, local, null, List.of(), null));
            } else {
                String typeWords = field.words() != null ? field.words() : javaOrWire(field.javaName(), field.name());
                ClassName enumType = className.nestedClass(nestedTypes.numbered(Names.type(typeWords), field.name()));
                // statusAsEnum; class_ gives classAsEnum, since the suffix already keeps it from being a keyword
                String base = component.endsWith("_") ? component.substring(0, component.length() - 1) : component;
                String accessor = members.numbered(base + "AsEnum", field.name());
                fields.add(new FieldModel(field, component, local, enumType,
                        enumValues(field.enumValues(), List.of(FieldModel.UNKNOWN)), accessor));
            }
        }
        RecordModel record = new RecordModel(shape, className, readerMethod, fields, nested);
        records.put(shape, record);
        return record;
    }

    /** Finds the object shapes inside a field's shape and plans a nested record for each. */
    private void collect(Shape shape, String hint, ClassName owner, Set<String> enclosing, NameAllocator nestedTypes,
                         NameAllocator readers, Map<Shape.ObjectShape, RecordModel> records, List<RecordModel> nested) {
        if (shape instanceof Shape.ObjectShape object) {
            String wanted = object.recordName() != null ? object.recordName() : hint;
            String simpleName = nestedTypes.claim(wanted, wanted) == null ? wanted
                    : nestedTypes.numbered(wanted + "Item", wanted);
            ClassName className = owner.nestedClass(simpleName);
            Set<String> inner = new HashSet<>(enclosing);
            inner.add(simpleName);
            List<String> names = className.simpleNames();
            String reader = readers.numbered("read" + String.join("", names.subList(1, names.size())), simpleName);
            nested.add(record(object, className, reader, inner, readers, records));
        } else if (shape instanceof Shape.ListShape list) {
            collect(list.item(), list.wrapped() ? Names.type(list.itemKey()) : Names.type(Names.singular(hint)),
                    owner, enclosing, nestedTypes, readers, records, nested);
        } else if (shape instanceof Shape.MapShape map) {
            collect(map.value(), hint, owner, enclosing, nestedTypes, readers, records, nested);
        }
    }

    // ---- shared -------------------------------------------------------------------------------

    /**
     * Member names for items in one scope, in item order. Names Java takes as written are placed first,
     * so {@code a_b} stays {@code a_b} even when {@code a-b}, which becomes {@code a_b_}, comes before it.
     */
    private static <T> List<String> allocateMembers(List<T> items, NameAllocator scope, Function<T, String> wanted,
                                                    Function<T, String> owner) {
        String[] names = new String[items.size()];
        for (boolean exactPass : new boolean[] {true, false}) {
            for (int i = 0; i < items.size(); i++) {
                String name = wanted.apply(items.get(i));
                String escaped = Names.member(name);
                if (escaped.equals(name) == exactPass && names[i] == null) {
                    names[i] = scope.member(escaped, owner.apply(items.get(i)));
                }
            }
        }
        return List.of(names);
    }

    /** A public top-level class; two things wanting one is a problem, since renaming either would surprise. */
    private ClassName topLevel(String packageName, String simpleName, String what, SourceLocation location) {
        String holder = packageTypes.computeIfAbsent(packageName, name -> NameAllocator.ignoringCase())
                .claim(simpleName, what + (location == null ? "" : " (" + location + ")"));
        if (holder != null) {
            problems.add(new ModelProblem(location, Diagnostic.NAME_COLLISION.format("class " + packageName + "."
                    + simpleName, what, holder) + " [" + Diagnostic.NAME_COLLISION.code() + "]"));
        }
        return ClassName.get(packageName, simpleName);
    }

    private static String javaOrWire(String javaName, String wireName) {
        return javaName != null ? javaName : wireName;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
