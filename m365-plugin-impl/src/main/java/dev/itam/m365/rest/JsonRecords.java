package dev.itam.m365.rest;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a request body into a record, strictly: the body must be one JSON object, and every field
 * must have its component's JSON type, so a number is never taken for a name and "4" never for an
 * id. Fields a record does not have are ignored, so a client may send back what it read. A body
 * that is no JSON object is refused saying what it must be; fields of the wrong type are refused
 * together, each by its name ({@code credential.secretExpiresOn}).
 *
 * <p>Components may be {@code String}, {@code Long}, {@code BigDecimal}, an enum, {@code LocalDate}, {@code Set<String>}
 * or another such record; JSON null and a missing field are both null.
 */
final class JsonRecords {

    /** Far deeper than any body of the API, which nest two levels. */
    static final int MAX_DEPTH = 32;

    private JsonRecords() {}

    /**
     * @throws UnreadableBodyException when the body is not one JSON object
     * @throws InvalidInputException listing every field of the wrong type
     */
    static <T extends Record> T read(byte[] body, Class<T> type) {
        JsonValue value = parse(body, type);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new UnreadableBodyException(
                    "The body is " + described(value) + ", not a JSON object. " + expected(type));
        }
        List<Violation> violations = new ArrayList<>();
        T record = bind(value.asJsonObject(), type, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return record;
    }

    private static JsonValue parse(byte[] body, Class<?> type) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableBodyException("The body is not UTF-8 text. " + expected(type));
        }
        if (text.isBlank()) {
            throw new UnreadableBodyException("The body is empty. " + expected(type));
        }
        checkSyntaxAndDepth(text, type);
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /**
     * Walks the body once without building it, so a body nested thousands of levels deep is refused
     * before anything recursive reads it.
     */
    private static void checkSyntaxAndDepth(String text, Class<?> type) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            int depth = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY) {
                    if (++depth > MAX_DEPTH) {
                        throw new UnreadableBodyException(
                                "The body nests deeper than " + MAX_DEPTH + " levels. " + expected(type));
                    }
                } else if (event == JsonParser.Event.END_OBJECT || event == JsonParser.Event.END_ARRAY) {
                    depth--;
                }
            }
        } catch (JsonParsingException e) {
            throw new UnreadableBodyException(
                    "The body is not valid JSON" + where(e.getLocation(), text) + ". " + expected(type));
        } catch (JsonException e) {
            throw new UnreadableBodyException("The body is not valid JSON. " + expected(type));
        }
    }

    /** Where the parser stopped; at the end of the body its position is no help (and not exact either). */
    private static String where(JsonLocation at, String text) {
        if (at == null) {
            return "";
        }
        return at.getStreamOffset() >= text.length()
                ? ": it ends before its JSON does"
                : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
    }

    /** What the body must be: one object with the record's fields, for a folder parentId and name. */
    static String expected(Class<?> type) {
        return "Send one JSON object with the fields "
                + Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName)
                        .collect(Collectors.joining(", "))
                + " (application/json, UTF-8).";
    }

    private static String described(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "a JSON array";
            case STRING -> "a JSON string";
            case NUMBER -> "a JSON number";
            case TRUE, FALSE -> "a JSON boolean";
            case NULL -> "JSON null";
            case OBJECT -> "a JSON object";
        };
    }

    private static <T> T bind(JsonObject json, Class<T> type, String prefix, List<Violation> violations) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            JsonValue value = json.get(component.getName());
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                values[i] = value(value, component.getGenericType(), prefix + component.getName(), violations);
            }
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " cannot be read from JSON", e);
        }
    }

    /** The value as {@code type} wants it, or null with a violation when it has another JSON type. */
    private static Object value(JsonValue value, Type type, String field, List<Violation> violations) {
        if (type == String.class) {
            return value instanceof JsonString text ? text.getString() : wrong(field, value, "text", violations);
        }
        if (type == Long.class) {
            if (value instanceof JsonNumber number && number.isIntegral()) {
                try {
                    return number.longValueExact();
                } catch (ArithmeticException e) {
                    return wrong(field, value, "a whole number below 2^63", violations);
                }
            }
            return wrong(field, value, "a whole number like 4", violations);
        }
        if (type == BigDecimal.class) {
            return value instanceof JsonNumber number
                    ? number.bigDecimalValue()
                    : wrong(field, value, "a number like 20.60", violations);
        }
        if (type == LocalDate.class) {
            LocalDate date = value instanceof JsonString text ? date(text.getString()) : null;
            return date != null
                    ? date
                    : wrong(field, textOrType(value), "a date YYYY-MM-DD such as 2027-06-30", violations);
        }
        if (type instanceof Class<?> enumType && enumType.isEnum()) {
            return constant(value, enumType, field, violations);
        }
        if (type instanceof Class<?> recordType && recordType.isRecord()) {
            return value instanceof JsonObject object
                    ? bind(object, recordType, field + ".", violations)
                    : wrong(field, value, "a JSON object", violations);
        }
        if (type instanceof ParameterizedType set
                && set.getRawType() == Set.class
                && set.getActualTypeArguments()[0] == String.class) {
            return texts(value, field, violations);
        }
        throw new IllegalStateException("No JSON reading for " + type + " of " + field);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Object constant(JsonValue value, Class<?> type, String field, List<Violation> violations) {
        List<String> names = Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .toList();
        if (value instanceof JsonString text && names.contains(text.getString())) {
            return type.getEnumConstants()[names.indexOf(text.getString())];
        }
        return wrong(field, textOrType(value), "one of " + String.join(", ", names), violations);
    }

    private static Set<String> texts(JsonValue value, String field, List<Violation> violations) {
        if (!(value instanceof JsonArray array)) {
            wrong(field, value, "a list of texts, e.g. [\"a\", \"b\"]", violations);
            return null;
        }
        Set<String> texts = new LinkedHashSet<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                wrong(field, item, "a list of texts, e.g. [\"a\", \"b\"]", violations);
                return null;
            }
            texts.add(text.getString());
        }
        return texts;
    }

    /** Text that is not what the field wants needs no mention of its type. */
    private static JsonValue textOrType(JsonValue value) {
        return value instanceof JsonString ? null : value;
    }

    /**
     * Records a violation naming the JSON type sent (when {@code sent} is not null), never the value:
     * it may be a secret.
     */
    private static Object wrong(String field, JsonValue sent, String wanted, List<Violation> violations) {
        violations.add(new Violation(
                field, "Give " + field + " as " + wanted + (sent == null ? "" : ", not as " + described(sent)) + "."));
        return null;
    }
}
