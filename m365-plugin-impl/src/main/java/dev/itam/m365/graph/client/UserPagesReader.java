package dev.itam.m365.graph.client;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a page of users ({@link UserPage}, {@link DeltaPage}) straight from JSON-P's stream of
 * events, as JSON-B would map it: the properties {@link GraphUser} names, unknown ones skipped, a
 * missing one null. A full import reads 100,000 users in 200 pages of about half a megabyte; JSON-B
 * maps each through reflection and an object per value, this reader only keeps what it returns. A
 * value of the wrong kind (an object for a text, say) is unreadable, as it is to JSON-B. Typed by
 * {@link GraphPage} and consuming JSON, so the client picks it before JSON-B's reader of any object.
 */
@Consumes(MediaType.APPLICATION_JSON)
public final class UserPagesReader implements MessageBodyReader<GraphPage<GraphUser>> {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == UserPage.class || type == DeltaPage.class;
    }

    @Override
    public GraphPage<GraphUser> readFrom(
            Class<GraphPage<GraphUser>> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream) {
        return read(type, entityStream);
    }

    /** The page of the JSON in {@code in}, a {@link UserPage} or a {@link DeltaPage} as {@code type} asks. */
    static GraphPage<GraphUser> read(Class<?> type, InputStream in) {
        try (JsonParser parser = PARSERS.createParser(in)) {
            expect(parser, Event.START_OBJECT);
            List<GraphUser> users = null;
            String nextLink = null;
            String deltaLink = null;
            while (nextKey(parser)) {
                switch (parser.getString()) {
                    case "value" -> users = list(parser, UserPagesReader::user);
                    case "@odata.nextLink" -> nextLink = text(parser);
                    case "@odata.deltaLink" -> deltaLink = text(parser);
                    default -> skip(parser);
                }
            }
            return type == DeltaPage.class ? new DeltaPage(users, nextLink, deltaLink) : new UserPage(users, nextLink);
        }
    }

    private static GraphUser user(JsonParser parser) {
        String id = null;
        String displayName = null;
        String userPrincipalName = null;
        String mail = null;
        Boolean accountEnabled = null;
        String department = null;
        String userType = null;
        String createdDateTime = null;
        GraphUser.SignIns signIns = null;
        List<GraphUser.AssignedLicense> licences = null;
        List<GraphUser.LicenseAssignmentState> states = null;
        GraphUser.Removed removed = null;
        while (nextKey(parser)) {
            switch (parser.getString()) {
                case "id" -> id = text(parser);
                case "displayName" -> displayName = text(parser);
                case "userPrincipalName" -> userPrincipalName = text(parser);
                case "mail" -> mail = text(parser);
                case "accountEnabled" -> accountEnabled = bool(parser);
                case "department" -> department = text(parser);
                case "userType" -> userType = text(parser);
                case "createdDateTime" -> createdDateTime = text(parser);
                case "signInActivity" -> signIns = object(parser, UserPagesReader::signIns);
                case "assignedLicenses" -> licences = list(parser, UserPagesReader::licence);
                case "licenseAssignmentStates" -> states = list(parser, UserPagesReader::state);
                case "@removed" -> removed = object(parser, UserPagesReader::removed);
                default -> skip(parser);
            }
        }
        return new GraphUser(
                id,
                displayName,
                userPrincipalName,
                mail,
                accountEnabled,
                department,
                userType,
                createdDateTime,
                signIns,
                licences,
                states,
                removed);
    }

    private static GraphUser.SignIns signIns(JsonParser parser) {
        String last = null;
        String lastNonInteractive = null;
        String lastSuccessful = null;
        while (nextKey(parser)) {
            switch (parser.getString()) {
                case "lastSignInDateTime" -> last = text(parser);
                case "lastNonInteractiveSignInDateTime" -> lastNonInteractive = text(parser);
                case "lastSuccessfulSignInDateTime" -> lastSuccessful = text(parser);
                default -> skip(parser);
            }
        }
        return new GraphUser.SignIns(last, lastNonInteractive, lastSuccessful);
    }

    private static GraphUser.AssignedLicense licence(JsonParser parser) {
        String skuId = null;
        List<String> disabledPlans = null;
        while (nextKey(parser)) {
            switch (parser.getString()) {
                case "skuId" -> skuId = text(parser);
                case "disabledPlans" -> disabledPlans = texts(parser);
                default -> skip(parser);
            }
        }
        return new GraphUser.AssignedLicense(skuId, disabledPlans);
    }

    private static GraphUser.LicenseAssignmentState state(JsonParser parser) {
        String skuId = null;
        String assignedByGroup = null;
        String state = null;
        String error = null;
        List<String> disabledPlans = null;
        while (nextKey(parser)) {
            switch (parser.getString()) {
                case "skuId" -> skuId = text(parser);
                case "assignedByGroup" -> assignedByGroup = text(parser);
                case "state" -> state = text(parser);
                case "error" -> error = text(parser);
                case "disabledPlans" -> disabledPlans = texts(parser);
                default -> skip(parser);
            }
        }
        return new GraphUser.LicenseAssignmentState(skuId, assignedByGroup, state, error, disabledPlans);
    }

    private static GraphUser.Removed removed(JsonParser parser) {
        String reason = null;
        while (nextKey(parser)) {
            if (parser.getString().equals("reason")) {
                reason = text(parser);
            } else {
                skip(parser);
            }
        }
        return new GraphUser.Removed(reason);
    }

    /** Reads what follows a key of an object. */
    @FunctionalInterface
    private interface Value<T> {
        T read(JsonParser parser);
    }

    /** Moves to the object's next key: false at its end. */
    private static boolean nextKey(JsonParser parser) {
        Event event = parser.next();
        if (event == Event.KEY_NAME) {
            return true;
        }
        if (event == Event.END_OBJECT) {
            return false;
        }
        throw unreadable(parser, "a property name", event);
    }

    /** An object read by {@code fields} once its start is consumed; null for JSON's null. */
    private static <T> T object(JsonParser parser, Value<T> fields) {
        Event event = parser.next();
        if (event == Event.VALUE_NULL) {
            return null;
        }
        if (event != Event.START_OBJECT) {
            throw unreadable(parser, "an object", event);
        }
        return fields.read(parser);
    }

    /** An array of objects, nulls kept; null for JSON's null. */
    private static <T> List<T> list(JsonParser parser, Value<T> fields) {
        Event event = parser.next();
        if (event == Event.VALUE_NULL) {
            return null;
        }
        if (event != Event.START_ARRAY) {
            throw unreadable(parser, "an array", event);
        }
        List<T> items = new ArrayList<>();
        while ((event = parser.next()) != Event.END_ARRAY) {
            if (event == Event.VALUE_NULL) {
                items.add(null);
            } else if (event == Event.START_OBJECT) {
                items.add(fields.read(parser));
            } else {
                throw unreadable(parser, "an object", event);
            }
        }
        return items;
    }

    private static List<String> texts(JsonParser parser) {
        Event event = parser.next();
        if (event == Event.VALUE_NULL) {
            return null;
        }
        if (event != Event.START_ARRAY) {
            throw unreadable(parser, "an array", event);
        }
        List<String> items = new ArrayList<>();
        while ((event = parser.next()) != Event.END_ARRAY) {
            items.add(scalar(parser, event));
        }
        return items;
    }

    private static String text(JsonParser parser) {
        return scalar(parser, parser.next());
    }

    /** A text, number or truth value as text, as JSON-B reads one into a String; null for JSON's null. */
    private static String scalar(JsonParser parser, Event event) {
        return switch (event) {
            case VALUE_STRING, VALUE_NUMBER -> parser.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> throw unreadable(parser, "a text", event);
        };
    }

    private static Boolean bool(JsonParser parser) {
        Event event = parser.next();
        return switch (event) {
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw unreadable(parser, "true or false", event);
        };
    }

    /** Skips the value after a key, nested objects and arrays whole. */
    private static void skip(JsonParser parser) {
        Event event = parser.next();
        if (event == Event.START_OBJECT) {
            parser.skipObject();
        } else if (event == Event.START_ARRAY) {
            parser.skipArray();
        }
    }

    private static void expect(JsonParser parser, Event expected) {
        if (!parser.hasNext()) {
            throw new JsonParsingException("A page of users was empty", parser.getLocation());
        }
        Event event = parser.next();
        if (event != expected) {
            throw unreadable(parser, "an object", event);
        }
    }

    private static JsonParsingException unreadable(JsonParser parser, String expected, Event found) {
        return new JsonParsingException(
                "Expected " + expected + " but found " + found + " in a page of users", parser.getLocation());
    }
}
