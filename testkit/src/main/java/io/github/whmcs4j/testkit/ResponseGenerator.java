package io.github.whmcs4j.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.whmcs4j.spec.model.CommandSpec;
import io.github.whmcs4j.spec.model.FieldSpec;
import io.github.whmcs4j.spec.model.ScalarType;
import io.github.whmcs4j.spec.model.Shape;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a plausible successful answer for any command from its spec: every field present with a
 * value of its type, lists of a chosen length, and for a paginated command the page the call asked
 * for ({@code limitstart}, {@code limitnum}, default 25) out of that many rows, with
 * {@code totalresults}, {@code startnumber} and {@code numreturned}. The same seed gives the same
 * answer, and a row has the same values on whichever page it appears.
 */
final class ResponseGenerator {
    private static final JsonFactory JSON = new JsonFactory();
    private static final List<String> FIRST_NAMES = List.of("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald");
    private static final List<String> LAST_NAMES = List.of("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth");
    private static final List<String> STATUSES = List.of("Active", "Pending", "Active", "Inactive");
    private static final int NESTED_LIST_SIZE = 2;
    private static final int DEFAULT_PAGE = 25;

    private final long seed;
    private final int listSize;

    ResponseGenerator(long seed, int listSize) {
        this.seed = seed;
        this.listSize = listSize;
    }

    String answer(CommandSpec command, ReceivedCall call) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            switch (command.envelope()) {
                case "status" -> json.writeStringField("status", "success");
                case "none" -> { }
                default -> json.writeStringField("result", "success");
            }
            Random random = random(command.name(), 0);
            Page page = command.paginatedItems() == null ? null : page(call);
            for (FieldSpec field : command.response().fields()) {
                json.writeFieldName(field.name());
                if (page != null) {
                    switch (field.name()) {
                        case "totalresults" -> { json.writeNumber(listSize); continue; }
                        case "startnumber" -> { json.writeNumber(page.start()); continue; }
                        case "numreturned" -> { json.writeNumber(page.rows()); continue; }
                        default -> { }
                    }
                    if (field.name().equals(command.paginatedItems()) && field.shape() instanceof Shape.ListShape list) {
                        writeRows(json, command.name(), field.name(), list, page.start(), page.rows());
                        continue;
                    }
                }
                write(json, field.name(), field.shape(), random, listSize, 1);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private record Page(int start, int rows) {
    }

    private Page page(ReceivedCall call) {
        int start = Math.max(0, number(call, "limitstart", 0));
        int size = Math.max(0, number(call, "limitnum", DEFAULT_PAGE));
        return new Page(start, Math.max(0, Math.min(size, listSize - start)));
    }

    private static int number(ReceivedCall call, String name, int otherwise) {
        try {
            return call.parameter(name).map(Integer::parseInt).orElse(otherwise);
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    private void writeRows(JsonGenerator json, String command, String field, Shape.ListShape list, int start, int rows)
            throws IOException {
        if (list.wrapped()) {
            json.writeStartObject();
            json.writeFieldName(list.itemKey());
        }
        json.writeStartArray();
        for (int row = start; row < start + rows; row++) {
            writeItem(json, field, list.item(), random(command + "/" + field, row), row + 1);
        }
        json.writeEndArray();
        if (list.wrapped()) {
            json.writeEndObject();
        }
    }

    private void write(JsonGenerator json, String name, Shape shape, Random random, int size, int ordinal)
            throws IOException {
        if (shape instanceof Shape.Scalar scalar) {
            writeScalar(json, name, scalar.type(), random, ordinal);
        } else if (shape instanceof Shape.ObjectShape object) {
            json.writeStartObject();
            for (FieldSpec field : object.fields()) {
                json.writeFieldName(field.name());
                write(json, field.name(), field.shape(), random, NESTED_LIST_SIZE, ordinal);
            }
            json.writeEndObject();
        } else if (shape instanceof Shape.ListShape list) {
            if (list.wrapped()) {
                json.writeStartObject();
                json.writeFieldName(list.itemKey());
            }
            json.writeStartArray();
            for (int item = 1; item <= size; item++) {
                writeItem(json, name, list.item(), random, item);
            }
            json.writeEndArray();
            if (list.wrapped()) {
                json.writeEndObject();
            }
        } else if (shape instanceof Shape.MapShape map) {
            json.writeStartObject();
            for (int key = 1; key <= NESTED_LIST_SIZE; key++) {
                json.writeFieldName(String.valueOf(key));
                write(json, name, map.value(), random, NESTED_LIST_SIZE, key);
            }
            json.writeEndObject();
        }
    }

    private void writeItem(JsonGenerator json, String name, Shape item, Random random, int ordinal) throws IOException {
        write(json, name, item, random, NESTED_LIST_SIZE, ordinal);
    }

    /** A value of the type, shaped by what the field's name says it holds. */
    private static void writeScalar(JsonGenerator json, String name, ScalarType type, Random random, int ordinal)
            throws IOException {
        String lower = name.toLowerCase(Locale.ROOT);
        switch (type) {
            case INT -> json.writeNumber(lower.endsWith("id") ? ordinal : random.nextInt(100));
            case LONG -> json.writeNumber(lower.endsWith("id") ? ordinal : random.nextInt(10_000));
            case DECIMAL -> json.writeString(random.nextInt(500) + "." + String.format(Locale.ROOT, "%02d", random.nextInt(100)));
            case BOOL -> json.writeNumber(random.nextInt(2));
            case DATE -> json.writeString(date(random).toString());
            case DATETIME -> json.writeString(date(random) + String.format(Locale.ROOT, " %02d:%02d:%02d",
                    random.nextInt(24), random.nextInt(60), random.nextInt(60)));
            case ANY, STRING -> json.writeString(text(lower, random, ordinal));
        }
    }

    private static String text(String name, Random random, int ordinal) {
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        if (name.contains("email")) {
            return first.toLowerCase(Locale.ROOT) + "." + ordinal + "@example.com";
        } else if (name.equals("firstname")) {
            return first;
        } else if (name.equals("lastname")) {
            return last;
        } else if (name.contains("name")) {
            return first + " " + last;
        } else if (name.equals("status")) {
            return STATUSES.get(random.nextInt(STATUSES.size()));
        } else if (name.contains("domain")) {
            return last.toLowerCase(Locale.ROOT) + ordinal + ".example";
        } else if (name.contains("currency")) {
            return "USD";
        }
        return name + "-" + Integer.toString(random.nextInt(36 * 36 * 36), 36);
    }

    private static LocalDate date(Random random) {
        return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365));
    }

    private Random random(String where, int row) {
        return new Random(seed * 31 + where.hashCode() * 17L + row);
    }
}
