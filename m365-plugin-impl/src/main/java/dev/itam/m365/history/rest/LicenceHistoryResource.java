package dev.itam.m365.history.rest;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.history.Granularity;
import dev.itam.m365.api.history.HistoryPoint;
import dev.itam.m365.api.history.HistoryService;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A licence's figures over time, one point per day or month (issue 15); as JSON, or as CSV or XLSX
 * ({@code Accept}, or {@code format=csv|xlsx}). A history is at most a few hundred points (two
 * years of days and months), read at once.
 */
@Path("licences/{id}/history")
@RequestScoped
public class LicenceHistoryResource {

    @Inject
    HistoryService history;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<HistoryPoint> history(
            @PathParam("id") long licenceId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("granularity") String granularity) {
        QueryParameters query = new QueryParameters();
        Optional<LocalDate> start = query.date("from", from);
        Optional<LocalDate> end = query.date("to", to);
        Granularity period =
                query.constant("granularity", granularity, Granularity.class).orElse(Granularity.DAY);
        query.check();
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            throw new InvalidInputException(List.of(new Violation("to", "'to' is on or after 'from'.")));
        }
        return history.history(licenceId, start.orElse(null), end.orElse(null), period);
    }

    @GET
    @Produces({ExportFormat.CSV_PRODUCED, ExportFormat.XLSX_PRODUCED})
    public Response export(
            @PathParam("id") long licenceId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("granularity") String granularity) {
        List<HistoryPoint> points = history(licenceId, from, to, granularity);
        return Exports.response(headers, HistoryTable.of(licenceId), RowSource.of(points));
    }
}
