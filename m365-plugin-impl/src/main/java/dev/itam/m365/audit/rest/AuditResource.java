package dev.itam.m365.audit.rest;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.audit.AuditAction;
import dev.itam.m365.api.audit.AuditEntry;
import dev.itam.m365.api.audit.AuditFilter;
import dev.itam.m365.api.audit.AuditService;
import dev.itam.m365.rest.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The audit log, newest first, a page at a time ({@code first}, {@code max} up to 1000, default
 * 100) with the total in {@code X-Total-Count}; {@code from}, {@code to} (a day, which {@code to}
 * includes, or a UTC moment) and {@code action} filter it. Admins only (web.xml): it tells who did
 * what.
 */
@Path("audit")
@RequestScoped
public class AuditResource {

    static final int MAX_PAGE = 1000;

    @Inject
    AuditService audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response entries(
            @QueryParam("first") String first,
            @QueryParam("max") String max,
            @QueryParam("from") @Parameter(description = "YYYY-MM-DD or a UTC moment, inclusive") String from,
            @QueryParam("to") @Parameter(description = "YYYY-MM-DD (that day included) or a UTC moment, exclusive")
                    String to,
            @QueryParam("action") String action) {
        QueryParameters query = new QueryParameters();
        int start = query.number(
                        "first",
                        first,
                        0,
                        Integer.MAX_VALUE,
                        "'first' counts from 0, the newest entry: a whole number from 0.")
                .orElse(0);
        int size = query.number(
                        "max", max, 1, MAX_PAGE, "'max' is a page size: a whole number from 1 to " + MAX_PAGE + ".")
                .orElse(100);
        Optional<Instant> since = query.moment("from", from, false);
        Optional<Instant> until = query.moment("to", to, true);
        Optional<AuditAction> kind = query.constant("action", action, AuditAction.class);
        query.check();
        if (since.isPresent() && until.isPresent() && !until.get().isAfter(since.get())) {
            throw new InvalidInputException(
                    List.of(new Violation("to", "Give a 'to' later than 'from': the period ends before 'to'.")));
        }
        AuditFilter filter = new AuditFilter(since.orElse(null), until.orElse(null), kind.orElse(null));
        List<AuditEntry> entries = audit.entries(filter, start, size);
        return Response.ok(entries).header("X-Total-Count", audit.count(filter)).build();
    }
}
