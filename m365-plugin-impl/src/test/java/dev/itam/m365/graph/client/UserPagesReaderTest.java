package dev.itam.m365.graph.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming reader gives the pages JSON-B gives, record for record. */
class UserPagesReaderTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** A delta page: removed users, nulls, empty lists and unknown values of every kind. */
    private static final String DELTA = """
            {
              "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
              "value": [
                {"id": "1aecaf40-dc3a-461f-88a8-d06994e12898", "@removed": {"reason": "changed", "extra": [1, {"a": []}]}},
                {"id": "2bd2c3fe-3a4d-4e47-8fbb-4e5b9c2d1a10", "displayName": "Adele \\"AV\\" Vance \\u00e9",
                 "mail": null, "accountEnabled": null, "department": "", "businessPhones": ["+1 425 555 0109"],
                 "onPremisesExtensionAttributes": {"extensionAttribute1": null, "nested": {"deeper": [true, false]}},
                 "signInActivity": null, "assignedLicenses": [], "licenseAssignmentStates": null,
                 "employeeHireDate": 42, "createdDateTime": "2019-03-26T11:12:13Z"},
                null,
                {"id": "3c4d5e6f-0000-0000-0000-000000000003", "assignedLicenses": [{"skuId": "a", "disabledPlans": null}, null],
                 "licenseAssignmentStates": [{"skuId": "a", "state": "Active", "error": "None", "lastUpdatedDateTime": null}]}
              ],
              "@odata.deltaLink": "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=abc"
            }
            """;

    @Test
    void aPageOfUsersIsReadAsJsonBReadsIt() {
        assertThat(read(UserPage.class, GraphUserTest.PAGE))
                .isEqualTo(JSONB.fromJson(GraphUserTest.PAGE, UserPage.class));
    }

    @Test
    void aDeltaPageIsReadAsJsonBReadsIt() {
        DeltaPage page = (DeltaPage) read(DeltaPage.class, DELTA);

        assertThat(page).isEqualTo(JSONB.fromJson(DELTA, DeltaPage.class));
        assertThat(page.value().get(0).isRemoved()).isTrue();
        assertThat(page.value().get(1).displayName()).isEqualTo("Adele \"AV\" Vance é");
        assertThat(page.deltaLink()).endsWith("$deltatoken=abc");
    }

    @Test
    void aLastPageHasNoNextLink() {
        assertThat(read(UserPage.class, "{\"value\": []}")).isEqualTo(new UserPage(List.of(), null));
    }

    @Test
    void aValueOfTheWrongKindIsUnreadable() {
        assertThatThrownBy(() -> read(UserPage.class, "{\"value\": [{\"id\": {\"not\": \"text\"}}]}"))
                .isInstanceOf(JsonParsingException.class)
                .hasMessageContaining("Expected a text");
        assertThatThrownBy(() -> read(UserPage.class, "{\"value\": [{\"accountEnabled\": \"yes\"}]}"))
                .isInstanceOf(JsonParsingException.class);
        assertThatThrownBy(() -> read(UserPage.class, "[]")).isInstanceOf(JsonParsingException.class);
    }

    @Test
    void itReadsOnlyTheUserPages() {
        UserPagesReader reader = new UserPagesReader();

        assertThat(reader.isReadable(UserPage.class, UserPage.class, null, MediaType.APPLICATION_JSON_TYPE))
                .isTrue();
        assertThat(reader.isReadable(DeltaPage.class, DeltaPage.class, null, MediaType.APPLICATION_JSON_TYPE))
                .isTrue();
        assertThat(reader.isReadable(SkuList.class, SkuList.class, null, MediaType.APPLICATION_JSON_TYPE))
                .isFalse();
    }

    private static Object read(Class<?> type, String json) {
        return UserPagesReader.read(type, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
