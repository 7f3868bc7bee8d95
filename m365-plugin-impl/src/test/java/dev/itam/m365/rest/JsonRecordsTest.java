package dev.itam.m365.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.portal.AuthenticationType;
import dev.itam.m365.api.portal.CredentialDraft;
import dev.itam.m365.api.portal.NationalCloud;
import dev.itam.m365.api.portal.PortalDraft;
import dev.itam.m365.api.pricing.PriceDraft;
import dev.itam.m365.api.pricing.PricePeriod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {

    record Folder(Long parentId, String name) {}

    private static final String FOLDER_FIELDS =
            "Send one JSON object with the fields parentId, name (application/json, UTF-8).";

    private static <T extends Record> T read(String json, Class<T> type) {
        return JsonRecords.read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    private static List<Violation> violations(String json, Class<? extends Record> type) {
        try {
            read(json, type);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError(json + " was read");
    }

    private static String unreadable(byte[] body) {
        try {
            JsonRecords.read(body, Folder.class);
        } catch (UnreadableBodyException e) {
            return e.getMessage();
        }
        throw new AssertionError("the body was read");
    }

    private static String unreadable(String body) {
        return unreadable(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryKindOfFieldAndIgnoresFieldsTheRecordDoesNotHave() {
        PortalDraft draft = read("""
                {"name": "Contoso", "description": null, "tenantId": "t", "cloud": "US_GOV", "id": 7,
                 "credential": {"type": "CLIENT_SECRET", "secretId": "s", "secretExpiresOn": "2027-06-30"},
                 "excludedSkuIds": ["a", "b"]}""", PortalDraft.class);

        assertThat(draft)
                .isEqualTo(new PortalDraft(
                        "Contoso",
                        null,
                        "t",
                        null,
                        NationalCloud.US_GOV,
                        new CredentialDraft(
                                AuthenticationType.CLIENT_SECRET,
                                "s",
                                null,
                                LocalDate.of(2027, 6, 30),
                                null,
                                null,
                                null,
                                null),
                        Set.of("a", "b")));
    }

    @Test
    void nullAndAMissingFieldAreBothNull() {
        assertThat(read("{\"parentId\": null, \"name\": \"x\"}", Folder.class)).isEqualTo(new Folder(null, "x"));
        assertThat(read("{\"name\": \"x\"}", Folder.class)).isEqualTo(new Folder(null, "x"));
        assertThat(read("{\"parentId\": 4}", Folder.class)).isEqualTo(new Folder(4L, null));
    }

    @Test
    void anIdIsAWholeNumberAndNothingElse() {
        for (String id : List.of("\"4\"", "true", "[]", "{}", "4.5", "1e400")) {
            assertThat(violations("{\"parentId\": " + id + ", \"name\": \"x\"}", Folder.class))
                    .as(id)
                    .extracting(Violation::field)
                    .containsExactly("parentId");
        }
        assertThat(violations("{\"parentId\": \"4\"}", Folder.class))
                .containsExactly(
                        new Violation("parentId", "Give parentId as a whole number like 4, not as a JSON string."));
        assertThat(violations("{\"parentId\": 9223372036854775808}", Folder.class))
                .containsExactly(
                        new Violation("parentId", "Give parentId as a whole number below 2^63, not as a JSON number."));
    }

    @Test
    void anAmountIsAJsonNumberKeptWithItsDecimalsAndAPeriodOneOfItsNames() {
        assertThat(read("{\"amount\": 20.60, \"currency\": \"EUR\", \"period\": \"YEAR\"}", PriceDraft.class))
                .isEqualTo(new PriceDraft(new BigDecimal("20.60"), "EUR", PricePeriod.YEAR));
        assertThat(read("{\"amount\": 1e3}", PriceDraft.class).amount()).isEqualByComparingTo("1000");
        assertThat(violations("{\"amount\": \"20.60\", \"period\": \"WEEK\"}", PriceDraft.class))
                .containsExactly(
                        new Violation("amount", "Give amount as a number like 20.60, not as a JSON string."),
                        new Violation("period", "Give period as one of MONTH, YEAR."));
    }

    @Test
    void aNameIsTextAndNeverANumberOrABoolean() {
        assertThat(violations("{\"name\": 5}", Folder.class))
                .containsExactly(new Violation("name", "Give name as text, not as a JSON number."));
        assertThat(violations("{\"name\": false}", Folder.class))
                .containsExactly(new Violation("name", "Give name as text, not as a JSON boolean."));
    }

    @Test
    void everyWrongFieldIsNamedAtOnceWithItsPathAndNoValueIsRepeated() {
        List<Violation> wrong = violations("""
                {"name": 5, "cloud": "MARS", "excludedSkuIds": ["a", 3],
                 "credential": {"type": "PASSWORD", "secretValue": 123456, "secretExpiresOn": "31.12.2099"}}""", PortalDraft.class);

        assertThat(wrong)
                .containsExactly(
                        new Violation("name", "Give name as text, not as a JSON number."),
                        new Violation("cloud", "Give cloud as one of GLOBAL, US_GOV, US_GOV_DOD, CHINA."),
                        new Violation("credential.type", "Give credential.type as one of CLIENT_SECRET, CERTIFICATE."),
                        new Violation(
                                "credential.secretValue", "Give credential.secretValue as text, not as a JSON number."),
                        new Violation(
                                "credential.secretExpiresOn",
                                "Give credential.secretExpiresOn as a date YYYY-MM-DD such as 2027-06-30."),
                        new Violation(
                                "excludedSkuIds",
                                "Give excludedSkuIds as a list of texts, e.g. [\"a\", \"b\"], not as a JSON number."));
        assertThat(wrong).allSatisfy(v -> assertThat(v.message()).doesNotContain("123456"));
        assertThat(violations("{\"credential\": \"secret\"}", PortalDraft.class))
                .containsExactly(
                        new Violation("credential", "Give credential as a JSON object, not as a JSON string."));
    }

    @Test
    void aBodyThatIsNoJsonObjectIsRefusedSayingWhatItMustBe() {
        assertThat(unreadable("")).isEqualTo("The body is empty. " + FOLDER_FIELDS);
        assertThat(unreadable("  \r\n")).isEqualTo("The body is empty. " + FOLDER_FIELDS);
        assertThat(unreadable("null")).isEqualTo("The body is JSON null, not a JSON object. " + FOLDER_FIELDS);
        assertThat(unreadable("[]")).isEqualTo("The body is a JSON array, not a JSON object. " + FOLDER_FIELDS);
        assertThat(unreadable("\"x\"")).isEqualTo("The body is a JSON string, not a JSON object. " + FOLDER_FIELDS);
        assertThat(unreadable("{\"name\": "))
                .isEqualTo("The body is not valid JSON: it ends before its JSON does. " + FOLDER_FIELDS);
        assertThat(unreadable("{\"name\": \"x"))
                .isEqualTo("The body is not valid JSON: it ends before its JSON does. " + FOLDER_FIELDS);
        assertThat(unreadable("{\"name\": \"x\"} {}"))
                .isEqualTo("The body is not valid JSON (line 1, column 15). " + FOLDER_FIELDS);
        assertThat(unreadable("{\n\"name\": tru}"))
                .isEqualTo("The body is not valid JSON (line 2, column 12). " + FOLDER_FIELDS);
        assertThat(unreadable("<folder name=\"x\"/>"))
                .isEqualTo("The body is not valid JSON (line 1, column 1). " + FOLDER_FIELDS);
        assertThat(unreadable(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}))
                .isEqualTo("The body is not UTF-8 text. " + FOLDER_FIELDS);
    }

    @Test
    void deepNestingIsRefusedOrIgnoredButNeverACrash() {
        assertThat(unreadable("[".repeat(1000) + "]".repeat(1000))).endsWith(FOLDER_FIELDS);
        assertThat(unreadable("[".repeat(100_000))).endsWith(FOLDER_FIELDS);
        String nested = "{\"name\": \"x\", \"a\": " + "{\"a\": ".repeat(1000) + "1" + "}".repeat(1001);
        assertThatThrownBy(() -> read(nested, Folder.class)).isInstanceOf(UnreadableBodyException.class);
    }
}
