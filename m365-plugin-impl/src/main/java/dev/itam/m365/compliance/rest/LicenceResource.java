package dev.itam.m365.compliance.rest;

import dev.itam.m365.api.assignment.FailedAssignment;
import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.Consumer;
import dev.itam.m365.api.compliance.LicenceCompliance;
import dev.itam.m365.export.domain.RowSource;
import dev.itam.m365.export.rest.ExportFormat;
import dev.itam.m365.export.rest.Exports;
import dev.itam.m365.rest.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Licences with their compliance (M-8), the contacts consuming each, and its failed assignments (B-4).
 * The licences and a licence's consumers also come as CSV or XLSX ({@code Accept}, or
 * {@code format=csv|xlsx}), the consumers read a page at a time while the file is written.
 */
@Path("licences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicenceResource {

    static final int MAX_PAGE = 1000;

    @Context
    HttpHeaders headers;

    @Inject
    ComplianceService compliance;

    @GET
    public List<LicenceCompliance> licences() {
        return compliance.licences();
    }

    @GET
    @Produces({ExportFormat.CSV_PRODUCED, ExportFormat.XLSX_PRODUCED})
    public Response licencesExport() {
        return Exports.response(headers, LicenceTables.LICENCES, RowSource.of(compliance.licences()));
    }

    /** The users whose assignment of the licence failed or holds with an error, with the group and error. */
    @GET
    @Path("{id}/assignment-errors")
    public List<FailedAssignment> assignmentErrors(@PathParam("id") long licenceId) {
        return compliance.assignmentErrors(licenceId);
    }

    /**
     * All consumers, or with {@code max} one page of them from {@code first} (read only with
     * {@code max}), with the total in the header {@code X-Total-Count}: a licence of a large tenant
     * has tens of thousands.
     */
    @GET
    @Path("{id}/consumers")
    public Response consumers(
            @PathParam("id") long licenceId,
            @QueryParam("first") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String first,
            @QueryParam("max") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
                    String max) {
        QueryParameters query = new QueryParameters();
        int from = query.number(
                        "first",
                        first,
                        0,
                        Integer.MAX_VALUE,
                        "'first' counts from 0, the first consumer: a whole number from 0.")
                .orElse(0);
        Optional<Integer> size = query.number(
                "max", max, 1, MAX_PAGE, "'max' is a page size: a whole number from 1 to " + MAX_PAGE + ".");
        query.check();
        if (size.isEmpty()) {
            return Response.ok(compliance.consumers(licenceId)).build();
        }
        List<Consumer> page = compliance.consumers(licenceId, from, size.get());
        return Response.ok(page)
                .header("X-Total-Count", compliance.consumerCount(licenceId))
                .build();
    }

    /**
     * Every consumer as CSV or XLSX, {@value #MAX_PAGE} read at a time while the file is written; the
     * first page is read before, so an unknown licence is still a 404.
     */
    @GET
    @Path("{id}/consumers")
    @Produces({ExportFormat.CSV_PRODUCED, ExportFormat.XLSX_PRODUCED})
    public Response consumersExport(@PathParam("id") long licenceId) {
        List<Consumer> first = compliance.consumers(licenceId, 0, MAX_PAGE);
        RowSource<Consumer> rows =
                RowSource.paged(first, MAX_PAGE, (from, max) -> compliance.consumers(licenceId, from, max));
        return Exports.response(headers, LicenceTables.consumers(licenceId), rows);
    }
}
