package dev.itam.m365.changes.rest;

import dev.itam.m365.api.changes.ChangeService;
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
import java.util.Optional;

/**
 * What a run changed, a page at a time ({@code first}, {@code max} up to 1000, default 100) with the
 * total in {@code X-Total-Count}; {@code licenceId} keeps one licence's changes. As CSV or XLSX, all
 * of them.
 */
@Path("task-runs/{id}/changes")
@RequestScoped
public class RunChangesResource {

    static final int MAX_PAGE = 1000;

    @Inject
    ChangeService changes;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response changes(
            @PathParam("id") long runId,
            @QueryParam("first") String first,
            @QueryParam("max") String max,
            @QueryParam("licenceId") String licenceId) {
        QueryParameters query = new QueryParameters();
        int from = query.number(
                        "first",
                        first,
                        0,
                        Integer.MAX_VALUE,
                        "'first' counts from 0, the first change: a whole number from 0.")
                .orElse(0);
        int size = query.number(
                        "max", max, 1, MAX_PAGE, "'max' is a page size: a whole number from 1 to " + MAX_PAGE + ".")
                .orElse(100);
        Optional<Long> licence = query.id("licenceId", licenceId);
        query.check();
        return Response.ok(changes.changes(runId, licence.orElse(null), from, size))
                .header("X-Total-Count", changes.changeCount(runId, licence.orElse(null)))
                .build();
    }

    /**
     * The whole change log of the run (or of one licence in it) as CSV or XLSX ({@code Accept}, or
     * {@code format=csv|xlsx}), read a thousand at a time while it is written: a first import of a
     * large tenant has a hundred thousand changes.
     */
    @GET
    @Produces({ExportFormat.CSV_PRODUCED, ExportFormat.XLSX_PRODUCED})
    public Response export(@PathParam("id") long runId, @QueryParam("licenceId") String licenceId) {
        QueryParameters query = new QueryParameters();
        Long licence = query.id("licenceId", licenceId).orElse(null);
        query.check();
        return Exports.response(
                headers,
                ChangeTable.of(runId),
                RowSource.paged(
                        changes.changes(runId, licence, 0, MAX_PAGE),
                        MAX_PAGE,
                        (first, max) -> changes.changes(runId, licence, first, max)));
    }
}
