package dev.itam.m365.rest;

import dev.itam.m365.api.ConcurrentChangeException;
import dev.itam.m365.api.ConflictException;
import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.PluginException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.importing.TenantUnreachableException;
import dev.itam.m365.api.monitor.TaskInProgressException;
import dev.itam.m365.persistence.ConcurrentChangeInterceptor;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures of the REST layer become responses. Messages of the plugin's own
 * exceptions are written for admins and go out as they are; anything unexpected is logged with a
 * reference the response repeats, and its details stay in the log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public Response toResponse(Throwable failure) {
        return respond(problemFor(failure));
    }

    private static Problem problemFor(Throwable failure) {
        if (failure instanceof NotFoundException notFound) {
            return problem(404, "Not found", notFound.getMessage(), List.of());
        }
        if (failure instanceof ConflictException conflict) {
            return problem(409, "Conflict", conflict.getMessage(), conflict.violations());
        }
        if (failure instanceof InvalidInputException invalid) {
            return problem(
                    400,
                    "Invalid input",
                    "Correct the fields listed in errors and send the request again.",
                    invalid.violations());
        }
        if (failure instanceof TaskInProgressException busy) {
            return problem(409, "Task in progress", busy.getMessage(), List.of());
        }
        if (failure instanceof TenantUnreachableException unreachable) {
            return problem(
                    502, "Tenant unreachable (" + unreachable.category() + ")", unreachable.getMessage(), List.of());
        }
        if (failure instanceof ConcurrentChangeException || ConcurrentChangeInterceptor.isLostRace(failure)) {
            return problem(409, "Changed meanwhile", new ConcurrentChangeException(failure).getMessage(), List.of());
        }
        if (failure instanceof PluginException plugin) {
            return problem(400, "Request refused", plugin.getMessage(), List.of());
        }
        if (failure instanceof JsonbException
                || failure instanceof ProcessingException
                || failure.getCause() instanceof JsonbException) {
            return problem(
                    400,
                    "Unreadable request body",
                    "The body is not the JSON this operation expects: check"
                            + " field names, value types and dates (YYYY-MM-DD).",
                    List.of());
        }
        if (failure instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return problem(status.getStatusCode(), status.getReasonPhrase(), web.getMessage(), List.of());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, failure);
        return problem(
                500,
                "Internal error",
                "The plugin failed unexpectedly; the server log holds the details under" + " reference " + reference
                        + ".",
                List.of());
    }

    private static Problem problem(int status, String title, String detail, List<Violation> errors) {
        return new Problem("about:blank", title, status, detail, errors);
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(PROBLEM_JSON)
                .entity(JSON.toJson(problem))
                .build();
    }
}
