package dev.itam.m365.reclaim.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.licensing.AssignmentSource;
import dev.itam.m365.api.reclaim.Exemption;
import dev.itam.m365.api.reclaim.ReclaimFilter;
import dev.itam.m365.api.reclaim.ReclaimReason;
import dev.itam.m365.api.reclaim.ReclaimRow;
import dev.itam.m365.api.reclaim.ReclaimService;
import dev.itam.m365.api.reclaim.ReclaimTotals;
import dev.itam.m365.export.rest.RequestHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What the reclaim resource takes from a request, and the CSV it writes. */
class ReclaimResourceTest {

    private static final ReclaimRow ROW = new ReclaimRow(
            10,
            "SPE_E3",
            "Microsoft 365 E3",
            1,
            "Contoso",
            100,
            "=HYPERLINK(\"http://x\",\"Ann\")",
            "ann@contoso.example",
            "Sales, Berlin",
            ReclaimReason.INACTIVE,
            Instant.parse("2025-01-02T03:04:05Z"),
            AssignmentSource.GROUP,
            "99999999-9999-9999-9999-999999999999",
            new BigDecimal("20.83"),
            "EUR");

    private final Recording service = new Recording();
    private final ReclaimResource resource = new ReclaimResource();

    ReclaimResourceTest() {
        resource.reclaim = service;
        resource.headers = RequestHeaders.of("text/csv");
    }

    @Test
    void everyWrongParameterIsRefusedTogetherSayingWhatItTakes() {
        assertThat(refused(() -> resource.rows("-1", "0", "abc", "0", "LAZY", "45", "yes")))
                .containsExactly(
                        new Violation("first", "'first' counts from 0, the first row: a whole number from 0."),
                        new Violation("max", "'max' is a page size: a whole number from 1 to 1000."),
                        new Violation("portalId", "'portalId' is the id of a stored item: a whole number from 1."),
                        new Violation("licenceId", "'licenceId' is the id of a stored item: a whole number from 1."),
                        new Violation(
                                "reason", "'reason' is one of DISABLED, NEVER_SIGNED_IN, INACTIVE, GUEST, REDUNDANT."),
                        new Violation(
                                "inactiveDays",
                                "'inactiveDays' is after how many days without sign-in a user is inactive: one of"
                                        + " [30, 60, 90, 180], 90 when left out."),
                        new Violation("exempt", "'exempt' is true or false."));
        assertThat(refused(() -> resource.export(null, null, "inactive", "ninety", null)))
                .extracting(Violation::field)
                .containsExactly("reason", "inactiveDays");
        assertThat(refused(() -> resource.totals("1", null, null, "1000", "no")))
                .extracting(Violation::field)
                .containsExactly("inactiveDays", "exempt");
        assertThat(service.filters).isEmpty();
    }

    @Test
    void aPageComesWithTheTotalOfItsFilteredRows() {
        Response response = resource.rows("20", "10", "1", "10", "INACTIVE", "180", "true");

        assertThat(service.filters).containsExactly(new ReclaimFilter(1L, 10L, ReclaimReason.INACTIVE, 180, true));
        assertThat(service.pages).containsExactly("20+10");
        assertThat(response.getHeaderString("X-Total-Count")).isEqualTo("42");
        assertThat(response.getEntity()).isEqualTo(List.of(ROW));
    }

    @Test
    void withoutMaxEveryRowComesWithoutATotal() {
        Response response = resource.rows(null, null, null, null, null, null, null);

        assertThat(service.filters).containsExactly(ReclaimFilter.all());
        assertThat(service.pages).isEmpty();
        assertThat(response.getHeaderString("X-Total-Count")).isNull();
    }

    @Test
    void theCsvHasAByteOrderMarkAHeaderQuotesAsRfc4180AndDefusesFormulas() throws IOException {
        String csv = export(RequestHeaders.of("text/csv"));

        assertThat(response.getMediaType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaderString("Content-Disposition")).isEqualTo("attachment; filename=\"reclaim.csv\"");
        assertThat(csv)
                .isEqualTo("\uFEFFlicenceId,skuPartNumber,licenceTitle,portalId,portalName,contactId,displayName,"
                        + "userPrincipalName,department,reason,lastSignInAt,assignedVia,groupId,monthlyCost,currency\r\n"
                        + "10,SPE_E3,Microsoft 365 E3,1,Contoso,100,\"'=HYPERLINK(\"\"http://x\"\",\"\"Ann\"\")\","
                        + "ann@contoso.example,\"Sales, Berlin\",INACTIVE,2025-01-02T03:04:05Z,GROUP,"
                        + "99999999-9999-9999-9999-999999999999,20.83,EUR\r\n");
    }

    @Test
    void inAGermanRequestTheCsvHasSemicolonsAndDecimalCommas() throws IOException {
        String csv = export(RequestHeaders.of("text/csv", Locale.GERMANY));

        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("10;SPE_E3;Microsoft 365 E3;1;Contoso;100;\"'=HYPERLINK(\"\"http://x\"\",\"\"Ann\"\")\";"
                        + "ann@contoso.example;Sales, Berlin;INACTIVE;2025-01-02T03:04:05Z;GROUP;"
                        + "99999999-9999-9999-9999-999999999999;20,83;EUR");
    }

    private Response response;

    private String export(RequestHeaders headers) throws IOException {
        resource.headers = headers;
        response = resource.export(null, null, null, null, null);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(body);
        return body.toString(StandardCharsets.UTF_8);
    }

    private static List<Violation> refused(Runnable request) {
        try {
            request.run();
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("the request was taken");
    }

    /** Records what the resource asks for and answers with one row. */
    private static final class Recording implements ReclaimService {
        final List<ReclaimFilter> filters = new ArrayList<>();
        final List<String> pages = new ArrayList<>();

        @Override
        public List<ReclaimRow> rows(ReclaimFilter filter, int first, int max) {
            filters.add(filter);
            pages.add(first + "+" + max);
            return List.of(ROW);
        }

        @Override
        public int count(ReclaimFilter filter) {
            return 42;
        }

        @Override
        public void forEachRow(ReclaimFilter filter, Consumer<ReclaimRow> action) {
            filters.add(filter);
            action.accept(ROW);
        }

        @Override
        public ReclaimTotals totals(ReclaimFilter filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Exemption> exemptions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Exemption exempt(long contactId, String note, String exemptedBy) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeExemption(long contactId) {
            throw new UnsupportedOperationException();
        }
    }
}
