package dev.itam.m365.simulator.graph;

import dev.itam.m365.simulator.tenant.SimUser;
import jakarta.json.stream.JsonGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The user properties the simulator knows, Graph's default selection, and how each is written. */
final class UserProperties {

    static final List<String> DEFAULT = List.of(
            "businessPhones",
            "displayName",
            "givenName",
            "jobTitle",
            "mail",
            "mobilePhone",
            "officeLocation",
            "preferredLanguage",
            "surname",
            "userPrincipalName",
            "id");
    private static final Set<String> KNOWN = Set.of(
            "id",
            "displayName",
            "givenName",
            "surname",
            "userPrincipalName",
            "mail",
            "department",
            "jobTitle",
            "accountEnabled",
            "assignedLicenses",
            "licenseAssignmentStates",
            "usageLocation",
            "businessPhones",
            "mobilePhone",
            "officeLocation",
            "preferredLanguage",
            "userType",
            "createdDateTime",
            "signInActivity");
    /** Needs AuditLog.Read.All and a premium tenant, and lowers the page size; see {@link GraphEndpoint}. */
    static final String SIGN_IN_ACTIVITY = "signInActivity";

    private UserProperties() {}

    /** Parses {@code $select}; Graph refuses unknown properties. */
    static List<String> select(String select) throws GraphError {
        if (select == null || select.isBlank()) {
            return DEFAULT;
        }
        List<String> names = Arrays.stream(select.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        for (String name : names) {
            if (!KNOWN.contains(name)) {
                throw new GraphError(
                        400,
                        "Request_BadRequest",
                        "Could not find a property named '" + name + "' on type 'microsoft.graph.user'.");
            }
        }
        return names;
    }

    static void write(JsonGenerator json, SimUser user, List<String> properties) {
        json.writeStartObject();
        for (String property : properties) {
            switch (property) {
                case "id" -> json.write("id", user.id());
                case "displayName" -> text(json, property, user.displayName());
                case "givenName" -> text(json, property, user.givenName());
                case "surname" -> text(json, property, user.surname());
                case "userPrincipalName" -> text(json, property, user.userPrincipalName());
                case "mail" -> text(json, property, user.mail());
                case "department" -> text(json, property, user.department());
                case "jobTitle" -> text(json, property, user.jobTitle());
                case "usageLocation" -> text(json, property, user.usageLocation());
                case "accountEnabled" -> json.write(property, user.accountEnabled());
                case "userType" -> json.write(property, user.userType().graphName());
                case "createdDateTime" -> json.write(property, user.createdAt().toString());
                case SIGN_IN_ACTIVITY -> signInActivity(json, user);
                case "businessPhones" -> json.writeStartArray(property).writeEnd();
                case "assignedLicenses" -> assignedLicenses(json, user);
                case "licenseAssignmentStates" -> assignmentStates(json, user);
                default -> json.writeNull(property);
            }
        }
        json.writeEnd();
    }

    private static void text(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    /** One entry per SKU held, with the service plans switched off in it; failed assignments are not held. */
    private static void assignedLicenses(JsonGenerator json, SimUser user) {
        json.writeStartArray("assignedLicenses");
        Set<String> written = new HashSet<>();
        for (SimUser.AssignmentState state : user.assignmentStates()) {
            if (state.state().held() && written.add(state.skuId())) {
                json.writeStartObject();
                plans(json, state.disabledPlans());
                json.write("skuId", state.skuId()).writeEnd();
            }
        }
        json.writeEnd();
    }

    private static void assignmentStates(JsonGenerator json, SimUser user) {
        json.writeStartArray("licenseAssignmentStates");
        for (SimUser.AssignmentState state : user.assignmentStates()) {
            json.writeStartObject();
            text(json, "assignedByGroup", state.groupId());
            plans(json, state.disabledPlans());
            json.write("error", state.error().graphName())
                    .write("lastUpdatedDateTime", state.lastUpdatedAt().toString())
                    .write("skuId", state.skuId())
                    .write("state", state.state().graphName())
                    .writeEnd();
        }
        json.writeEnd();
    }

    private static void plans(JsonGenerator json, List<String> disabledPlans) {
        json.writeStartArray("disabledPlans");
        disabledPlans.forEach(json::write);
        json.writeEnd();
    }

    /**
     * Graph's {@code signInActivity}: each kind of sign-in with the time and the request id, both
     * {@code null} for a kind that never happened. For a user who never attempted a sign-in at all the
     * property itself is {@code null}: Microsoft says only that the time "might be blank" then ("How to
     * detect and investigate inactive user accounts"); the null object follows reports of the service
     * (Microsoft Q&A 1198952: the user must have signed in once for the object to be there). The request
     * ids are not stored: each is derived from the user, the kind and the time, so it stays the same
     * until the next sign-in of that kind, like a real one.
     */
    private static void signInActivity(JsonGenerator json, SimUser user) {
        if (user.neverSignedIn()) {
            json.writeNull(SIGN_IN_ACTIVITY);
            return;
        }
        json.writeStartObject(SIGN_IN_ACTIVITY);
        signIn(json, user, "lastSignIn", user.lastSignInAt());
        signIn(json, user, "lastNonInteractiveSignIn", user.lastNonInteractiveSignInAt());
        signIn(json, user, "lastSuccessfulSignIn", user.lastSuccessfulSignInAt());
        json.writeEnd();
    }

    private static void signIn(JsonGenerator json, SimUser user, String kind, Instant at) {
        if (at == null) {
            json.writeNull(kind + "DateTime").writeNull(kind + "RequestId");
        } else {
            String requestId = UUID.nameUUIDFromBytes(
                            (user.id() + "|" + kind + "|" + at).getBytes(StandardCharsets.UTF_8))
                    .toString();
            json.write(kind + "DateTime", at.toString()).write(kind + "RequestId", requestId);
        }
    }
}
