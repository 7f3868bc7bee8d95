package dev.itam.m365.simulator.graph;

import dev.itam.m365.simulator.tenant.SimUser;
import jakarta.json.stream.JsonGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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
            "preferredLanguage");
    private static final String EPOCH = "2025-01-01T00:00:00Z";

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

    private static void assignedLicenses(JsonGenerator json, SimUser user) {
        json.writeStartArray("assignedLicenses");
        for (SimUser.Assignment assignment : user.assignments()) {
            json.writeStartObject()
                    .writeStartArray("disabledPlans")
                    .writeEnd()
                    .write("skuId", assignment.skuId())
                    .writeEnd();
        }
        json.writeEnd();
    }

    private static void assignmentStates(JsonGenerator json, SimUser user) {
        json.writeStartArray("licenseAssignmentStates");
        for (SimUser.Assignment assignment : user.assignments()) {
            json.writeStartObject();
            text(json, "assignedByGroup", assignment.groupId());
            json.writeStartArray("disabledPlans")
                    .writeEnd()
                    .write("error", "None")
                    .write("lastUpdatedDateTime", EPOCH)
                    .write("skuId", assignment.skuId())
                    .write("state", "Active")
                    .writeEnd();
        }
        json.writeEnd();
    }
}
