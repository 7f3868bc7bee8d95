package dev.itam.m365.reclaim.rest;

import dev.itam.m365.api.reclaim.ReclaimFilter;
import dev.itam.m365.api.reclaim.ReclaimRow;
import dev.itam.m365.api.reclaim.ReclaimService;
import dev.itam.m365.api.reclaim.ReclaimTotals;
import dev.itam.m365.export.rest.ExportFormat;
import dev.itam.m365.export.rest.Exports;
import dev.itam.m365.rest.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
 * The reclaim list: JSON, all at once or a page with the total in {@code X-Total-Count} as for a
 * licence's consumers; or with {@code Accept: text/csv} or XLSX's type (or {@code format=csv|xlsx})
 * the whole filtered list as a file, written as it is read. Its totals per reason, licence and portal.
 */
@Path("reclaim")
@RequestScoped
public class ReclaimResource {

    static final int MAX_PAGE = 1000;

    @Inject
    ReclaimService reclaim;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response rows(
            @QueryParam("first") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) String first,
            @QueryParam("max") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
                    String max,
            @QueryParam("portalId") String portalId,
            @QueryParam("licenceId") String licenceId,
            @QueryParam("reason") @Parameter(description = "DISABLED, NEVER_SIGNED_IN, INACTIVE, GUEST or REDUNDANT")
                    String reason,
            @QueryParam("inactiveDays") @Parameter(description = "30, 60, 90 (default) or 180") String inactiveDays,
            @QueryParam("exempt") @Parameter(description = "true: the rows of exempt users, listed apart")
                    String exempt) {
        QueryParameters query = new QueryParameters();
        int from = query.number(
                        "first",
                        first,
                        0,
                        Integer.MAX_VALUE,
                        "'first' counts from 0, the first row: a whole number from 0.")
                .orElse(0);
        Optional<Integer> size = query.number(
                "max", max, 1, MAX_PAGE, "'max' is a page size: a whole number from 1 to " + MAX_PAGE + ".");
        ReclaimFilter filter = ReclaimFilters.read(query, portalId, licenceId, reason, inactiveDays, exempt);
        query.check();
        if (size.isEmpty()) {
            return Response.ok(reclaim.rows(filter)).build();
        }
        List<ReclaimRow> page = reclaim.rows(filter, from, size.get());
        return Response.ok(page).header("X-Total-Count", reclaim.count(filter)).build();
    }

    /** Every row the filter selects as CSV or XLSX, written as it is read; paging does not apply. */
    @GET
    @Produces({ExportFormat.CSV_PRODUCED, ExportFormat.XLSX_PRODUCED})
    public Response export(
            @QueryParam("portalId") String portalId,
            @QueryParam("licenceId") String licenceId,
            @QueryParam("reason") String reason,
            @QueryParam("inactiveDays") String inactiveDays,
            @QueryParam("exempt") String exempt) {
        QueryParameters query = new QueryParameters();
        ReclaimFilter filter = ReclaimFilters.read(query, portalId, licenceId, reason, inactiveDays, exempt);
        query.check();
        return Exports.response(headers, ReclaimTable.ROWS, sink -> reclaim.forEachRow(filter, sink::accept));
    }

    @GET
    @Path("totals")
    @Produces(MediaType.APPLICATION_JSON)
    public ReclaimTotals totals(
            @QueryParam("portalId") String portalId,
            @QueryParam("licenceId") String licenceId,
            @QueryParam("reason") String reason,
            @QueryParam("inactiveDays") String inactiveDays,
            @QueryParam("exempt") String exempt) {
        QueryParameters query = new QueryParameters();
        ReclaimFilter filter = ReclaimFilters.read(query, portalId, licenceId, reason, inactiveDays, exempt);
        query.check();
        return reclaim.totals(filter);
    }
}
