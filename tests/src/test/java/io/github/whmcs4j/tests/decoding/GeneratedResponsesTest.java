package io.github.whmcs4j.tests.decoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.whmcs4j.runtime.error.WhmcsApiException;
import io.github.whmcs4j.runtime.error.WhmcsDecodeException;
import io.github.whmcs4j.runtime.spi.DecodeOptions;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import io.github.whmcs4j.tests.decoding.Wire.Arr;
import io.github.whmcs4j.tests.decoding.Wire.JsonStyle;
import io.github.whmcs4j.tests.decoding.Wire.Member;
import io.github.whmcs4j.tests.decoding.Wire.Num;
import io.github.whmcs4j.tests.decoding.Wire.Obj;
import io.github.whmcs4j.tests.decoding.Wire.Str;
import io.github.whmcs4j.tests.decoding.Wire.XmlStyle;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests over responses generated from the spec, for every command of it, in JSON
 * and in XML: quirked responses, and responses with their lists in every shape PHP writes, decode
 * to the same record as the clean one (and the clean one to what an independent reading of it
 * says); damaged bodies decode or fail with the SDK's own exceptions, never another and never
 * hanging; a bad value reads alike from JSON and XML, and fails with its command and path when
 * decoding is strict.
 * Seeds and sizes: see {@link Property}.
 */
class GeneratedResponsesTest {
    private static final List<CommandSpec> COMMANDS = List.copyOf(Sdk.specs().values());
    private static final String PHP_WARNING = "<br />\n<b>Warning</b>:  Undefined array key \"x\" in "
            + "<b>/var/www/whmcs/includes/hooks/mine.php</b> on line <b>7</b><br />\n";
    private static ExecutorService executor;

    @BeforeAll
    static void start() {
        executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "decode-with-timeout");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    @Test
    void theSpecHasEveryCommand() {
        assertEquals(162, COMMANDS.size());
    }

    // ---- quirks keep the record -------------------------------------------------------------

    @Test
    void everyCommandDecodesQuirkedJsonAndXmlLikeItsCleanResponse() {
        Set<String> json = new TreeSet<>();
        Set<String> xml = new TreeSet<>();
        Property.forAll("quirked responses decode like clean ones", 60, (random, size) -> {
            double rate = 0.2 + random.nextDouble() * 0.6;
            for (CommandSpec command : COMMANDS) {
                Obj clean = new CleanResponses(random, size, true).response(command);
                Object expected = decodeClean(command, clean);
                Obj quirked = new Quirks(random, Quirks.Format.JSON, rate).response(command, clean);
                String text = Wire.json(quirked, JsonStyle.random(random));
                byte[] body = (prefix(random) + text).getBytes(StandardCharsets.UTF_8);
                assertDecodesTo(expected, command, body, "JSON");
                json.add(command.name());

                Obj xmlClean = new CleanResponses(random, size, false).response(command);
                Object xmlExpected = decodeClean(command, xmlClean);
                Obj xmlQuirked = new Quirks(random, Quirks.Format.XML, rate).response(command, xmlClean);
                XmlStyle style = XmlStyle.random(random);
                byte[] document = Wire.xml(command.name(), xmlQuirked, style);
                if (random.nextInt(10) == 0 && style.encoding() != StandardCharsets.UTF_16) {
                    document = concat(PHP_WARNING.getBytes(StandardCharsets.UTF_8), document);
                }
                assertDecodesTo(xmlExpected, command, document, "XML (" + style.encoding() + ")");
                xml.add(command.name());
            }
        });
        Set<String> all = new TreeSet<>(Sdk.specs().keySet());
        assertEquals(all, json, "every command in JSON");
        assertEquals(all, xml, "every command in XML");
    }

    @Test
    void everyListShapeDecodesLikeTheSpecsFormInJsonAndXml() {
        Set<ListShapes> xmlShapes = new TreeSet<>();
        Property.forAll("every list shape decodes like the spec's form", 25, (random, size) -> {
            for (CommandSpec command : COMMANDS) {
                Obj clean = new CleanResponses(random, size, false).response(command);
                Object expected = decodeClean(command, clean);
                assertDecodesTo(expected, command, Wire.xml(command.name(), clean, XmlStyle.random(random)), "XML");
                for (ListShapes shape : ListShapes.values()) {
                    Obj shaped = shape.response(command, clean, false);
                    byte[] json = Wire.json(shaped, JsonStyle.random(random)).getBytes(StandardCharsets.UTF_8);
                    assertDecodesTo(expected, command, json, "JSON with its lists as " + shape);
                    if (shape.inXml()) {
                        byte[] xml = Wire.xml(command.name(), shape.response(command, clean, true), XmlStyle.random(random));
                        assertDecodesTo(expected, command, xml, "XML with its lists as " + shape);
                        xmlShapes.add(shape);
                    }
                }
            }
        });
        assertTrue(xmlShapes.containsAll(Set.of(ListShapes.ARRAY, ListShapes.WRAPPER)), "XML shapes: " + xmlShapes);
    }

    /** Decodes the plainly written clean form and checks it against the independent reading. */
    private static Object decodeClean(CommandSpec command, Obj clean) {
        String text = Wire.json(clean, JsonStyle.PLAIN);
        Object decoded;
        try {
            decoded = Sdk.decode(command.name(), text.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new AssertionError(command.name() + ": the clean form failed to decode: " + e + "\n" + shorten(text), e);
        }
        List<String> problems = Oracle.check(command, clean, decoded);
        assertEquals(List.of(), problems, command.name() + ": the clean form decoded wrongly:\n" + shorten(text));
        return decoded;
    }

    private static void assertDecodesTo(Object expected, CommandSpec command, byte[] body, String format) {
        Object decoded;
        try {
            decoded = Sdk.decode(command.name(), body);
        } catch (RuntimeException e) {
            throw new AssertionError(command.name() + ": the " + format + " variant failed to decode: " + e + "\n"
                    + shorten(new String(body, StandardCharsets.ISO_8859_1)), e);
        }
        if (!expected.equals(decoded)) {
            fail(command.name() + ": the " + format + " variant decoded differently\nexpected: " + expected
                    + "\ndecoded:  " + decoded + "\nbody:\n" + shorten(new String(body, StandardCharsets.ISO_8859_1)));
        }
    }

    /** What may come before the JSON: nothing, blank lines, a UTF-8 byte order mark, PHP warnings. */
    private static String prefix(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> "\uFEFF";
            case 1 -> "\r\n\n  ";
            case 2 -> PHP_WARNING;
            default -> "";
        };
    }

    @Test
    void unescapingHtmlChangesStringFieldsOnlyInJsonAndXmlAlike() {
        DecodeOptions unescape = DecodeOptions.DEFAULTS.withUnescapeHtml(true);
        Property.forAll("HTML unescaping touches string fields only", 1000, (random, size) -> {
            CommandSpec command = COMMANDS.get(random.nextInt(COMMANDS.size()));
            Obj clean = new CleanResponses(random, size, false).response(command);
            String text = Wire.json(clean, JsonStyle.random(random));
            Object fromJson = Sdk.decode(command.name(), text.getBytes(StandardCharsets.UTF_8), unescape);
            assertEquals(List.of(), Oracle.check(command, clean, fromJson, true), command.name() + ":\n" + shorten(text));
            byte[] xml = Wire.xml(command.name(), clean, XmlStyle.random(random));
            assertEquals(fromJson, Sdk.decode(command.name(), xml, unescape), command.name() + " in XML:\n"
                    + shorten(new String(xml, StandardCharsets.ISO_8859_1)));
        });
    }

    // ---- damage never escapes as anything but the SDK's exceptions --------------------------

    @Test
    void damagedBodiesDecodeOrFailWithTheSdksExceptionsOnly() {
        int[] outcomes = new int[3]; // decoded, WhmcsDecodeException, WhmcsApiException
        Property.forAll("damaged bodies fail only with the SDK's exceptions", 5000, (random, size) -> {
            CommandSpec command = COMMANDS.get(random.nextInt(COMMANDS.size()));
            Obj clean = new CleanResponses(random, size, false).response(command);
            boolean xml = random.nextBoolean();
            byte[] body = xml ? Wire.xml(command.name(), clean, XmlStyle.random(random))
                    : Wire.json(clean, JsonStyle.random(random)).getBytes(StandardCharsets.UTF_8);
            int kind = random.nextInt(4);
            byte[] damaged = switch (kind) {
                case 0 -> Arrays.copyOf(body, random.nextInt(significantLength(body)));
                case 1 -> flip(body, random);
                case 2 -> structural(body, random);
                default -> splice(body, random);
            };
            Throwable outcome = decodeWithTimeout(command, damaged);
            String what = command.name() + " " + (xml ? "XML" : "JSON") + " damaged by "
                    + List.of("truncation", "flipped bytes", "structural edits", "a spliced slice").get(kind) + ":\n"
                    + shorten(new String(damaged, StandardCharsets.ISO_8859_1));
            if (outcome != null && !(outcome instanceof WhmcsDecodeException || outcome instanceof WhmcsApiException)) {
                throw new AssertionError(what + "\nfailed with " + outcome, outcome);
            }
            if (kind == 0) {
                assertTrue(outcome instanceof WhmcsDecodeException, what + "\na truncated body must fail to decode");
            }
            outcomes[outcome == null ? 0 : outcome instanceof WhmcsDecodeException ? 1 : 2]++;
        });
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "damage both decoded and failed: " + Arrays.toString(outcomes));
    }

    /** The decode's exception, {@code null} when it decoded; a hang fails the test. */
    private static Throwable decodeWithTimeout(CommandSpec command, byte[] body) throws InterruptedException {
        Future<?> decoding = executor.submit(() -> Sdk.decode(command.name(), body));
        try {
            decoding.get(20, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            decoding.cancel(true);
            throw new AssertionError(command.name() + ": decoding did not finish within 20 s:\n"
                    + shorten(new String(body, StandardCharsets.ISO_8859_1)));
        }
    }

    /** The length without trailing blanks (and the zero bytes of blanks in UTF-16). */
    private static int significantLength(byte[] body) {
        int end = body.length;
        while (end > 0 && (body[end - 1] == '\n' || body[end - 1] == ' ' || body[end - 1] == '\r' || body[end - 1] == 0)) {
            end--;
        }
        return end;
    }

    private static byte[] flip(byte[] body, Random random) {
        byte[] out = body.clone();
        int flips = 1 + random.nextInt(3);
        for (int i = 0; i < flips && out.length > 0; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private static byte[] structural(byte[] body, Random random) {
        byte[] markers = "{}[]\":,<>/&;!?-".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int edits = 1 + random.nextInt(3);
        int[] at = new int[edits];
        for (int i = 0; i < edits; i++) {
            at[i] = random.nextInt(body.length);
        }
        Arrays.sort(at);
        int next = 0;
        for (int i = 0; i < body.length; i++) {
            if (next < edits && at[next] == i) {
                next++;
                if (random.nextBoolean()) {
                    continue; // delete
                }
                out.write(markers[random.nextInt(markers.length)]); // insert before
            }
            out.write(body[i]);
        }
        return out.toByteArray();
    }

    private static byte[] splice(byte[] body, Random random) {
        int from = random.nextInt(body.length);
        int to = Math.min(body.length, from + 1 + random.nextInt(64));
        int insertAt = random.nextInt(body.length);
        byte[] slice = Arrays.copyOfRange(body, from, to);
        return concat(Arrays.copyOf(body, insertAt), concat(slice, Arrays.copyOfRange(body, insertAt, body.length)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ---- a bad value is named by its path ---------------------------------------------------

    /** A scalar of the clean response that can be made wrong, with its path as the decoder names it. */
    private record Spot(String path, ScalarType type, List<Integer> route) {
    }

    @Test
    void aBadValueReadsAlikeFromJsonAndXmlOrFailsNamingTheCommandAndItsPathWhenStrict() {
        DecodeOptions strict = DecodeOptions.DEFAULTS.withStrictDecoding(true);
        int[] checked = new int[1];
        Property.forAll("bad values are named by their path", 3000, (random, size) -> {
            CommandSpec command = COMMANDS.get(random.nextInt(COMMANDS.size()));
            Obj clean = new CleanResponses(random, size, false).response(command);
            List<Spot> spots = new ArrayList<>();
            spots(command.response(), clean, "", new ArrayList<>(), spots);
            if (spots.isEmpty()) {
                return; // nothing typed was generated
            }
            Spot spot = spots.get(random.nextInt(spots.size()));
            Wire bad = badValue(spot.type(), random);
            Obj broken = (Obj) replace(clean, spot.route(), 0, bad);
            String prefix = command.name() + ": " + spot.path() + ": ";
            Object[] lenient = new Object[2];
            // In XML an object as an item of a list is also a wrapper around its value: a list shape, no bad value.
            boolean listItem = spot.path().endsWith("]");
            boolean[] formats = listItem && bad instanceof Obj ? new boolean[] {false} : new boolean[] {false, true};
            for (boolean xml : formats) {
                byte[] body = xml ? Wire.xml(command.name(), broken, XmlStyle.plain())
                        : Wire.json(broken, JsonStyle.PLAIN).getBytes(StandardCharsets.UTF_8);
                String what = command.name() + (xml ? " XML" : " JSON") + " with " + Wire.raw(bad) + " at " + spot.path()
                        + ":\n" + shorten(new String(body, StandardCharsets.UTF_8));
                try {
                    lenient[xml ? 1 : 0] = Sdk.decode(command.name(), body);
                } catch (RuntimeException e) {
                    throw new AssertionError(what + "\na value that does not fit its type failed the response", e);
                }
                try {
                    Object decoded = Sdk.decode(command.name(), body, strict);
                    fail(what + "\ndecoded: " + decoded);
                } catch (WhmcsDecodeException e) {
                    assertEquals(spot.path(), e.path(), what);
                    assertTrue(e.getMessage().startsWith(prefix), what + "\n" + e.getMessage());
                    checked[0]++;
                }
            }
            if (formats.length == 2) {
                assertEquals(lenient[0], lenient[1], command.name() + ": JSON and XML with " + Wire.raw(bad) + " at "
                        + spot.path());
            }
        });
        assertTrue(checked[0] > 100, "bad values checked: " + checked[0]);
    }

    /** Collects the typed scalars of a clean value, with their paths and their routes (member and item indexes). */
    private static void spots(Shape shape, Wire value, String path, List<Integer> route, List<Spot> out) {
        if (shape instanceof Shape.Scalar scalar) {
            ScalarType type = scalar.type();
            if (type != ScalarType.DATE && type != ScalarType.DATETIME && type != ScalarType.ANY) {
                out.add(new Spot(path, type, List.copyOf(route)));
            }
        } else if (shape instanceof Shape.ObjectShape object) {
            List<Member> members = ((Obj) value).members();
            for (int i = 0; i < members.size(); i++) {
                Member member = members.get(i);
                FieldSpec field = object.fields().stream().filter(f -> f.name().equals(member.name())).findFirst()
                        .orElse(null);
                if (field != null) { // envelope and unknown members are not typed
                    route.add(i);
                    spots(field.shape(), member.value(), path.isEmpty() ? member.name() : path + "." + member.name(),
                            route, out);
                    route.remove(route.size() - 1);
                }
            }
        } else if (shape instanceof Shape.ListShape list) {
            Wire items = list.wrapped() ? ((Obj) value).members().get(0).value() : value;
            String itemPath = list.wrapped() ? path + "." + list.itemKey() : path;
            if (list.wrapped()) {
                route.add(0);
            }
            List<Wire> array = ((Arr) items).items();
            for (int i = 0; i < array.size(); i++) {
                route.add(i);
                spots(list.item(), array.get(i), itemPath + "[" + i + "]", route, out);
                route.remove(route.size() - 1);
            }
            if (list.wrapped()) {
                route.remove(route.size() - 1);
            }
        } else {
            List<Member> entries = ((Obj) value).members();
            for (int i = 0; i < entries.size(); i++) {
                route.add(i);
                spots(((Shape.MapShape) shape).value(), entries.get(i).value(), path + "." + entries.get(i).name(),
                        route, out);
                route.remove(route.size() - 1);
            }
        }
    }

    private static Wire replace(Wire value, List<Integer> route, int depth, Wire bad) {
        if (depth == route.size()) {
            return bad;
        }
        int index = route.get(depth);
        if (value instanceof Obj obj) {
            List<Member> members = new ArrayList<>(obj.members());
            Member member = members.get(index);
            members.set(index, Wire.member(member.name(), replace(member.value(), route, depth + 1, bad)));
            return new Obj(members);
        }
        List<Wire> items = new ArrayList<>(((Arr) value).items());
        items.set(index, replace(items.get(index), route, depth + 1, bad));
        return new Arr(items);
    }

    private static Wire badValue(ScalarType type, Random random) {
        Function<List<Wire>, Wire> pick = choices -> choices.get(random.nextInt(choices.size()));
        return switch (type) {
            case INT -> pick.apply(List.of(new Str("12a"), new Str("1,000"), new Num("1.5"), new Str("x"),
                    new Num("3000000000"), new Str("-2147483649")));
            case LONG -> pick.apply(List.of(new Str("12a"), new Str("1,000"), new Num("1.5"), new Str("x"),
                    new Num("9223372036854775808"), new Str("1e3")));
            case DECIMAL -> pick.apply(List.of(new Str("12,00"), new Str("$5.00"), new Str("abc"), new Str("1.2.3")));
            case BOOL -> pick.apply(List.of(new Str("maybe"), new Str("enabled"), new Str("2")));
            default -> Wire.obj(Wire.member("nested", new Str("object"))); // an object where text belongs
        };
    }

    private static String shorten(String text) {
        return text.length() > 6000 ? text.substring(0, 6000) + "…" : text;
    }
}
