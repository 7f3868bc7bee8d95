package dev.itam.m365.compliance.rest;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.Consumer;
import dev.itam.m365.api.compliance.LicenceCompliance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** Licences with their compliance (M-8) and the contacts consuming each. */
@Path("licences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicenceResource {

    static final int MAX_PAGE = 1000;

    @Inject
    ComplianceService compliance;

    @GET
    public List<LicenceCompliance> licences() {
        return compliance.licences();
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
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("max") Integer max) {
        if (max == null) {
            return Response.ok(compliance.consumers(licenceId)).build();
        }
        List<Violation> violations = new ArrayList<>();
        if (first < 0) {
            violations.add(new Violation("first", "'first' counts from 0, the first consumer."));
        }
        if (max < 1 || max > MAX_PAGE) {
            violations.add(new Violation("max", "'max' is a page size from 1 to " + MAX_PAGE + "."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<Consumer> page = compliance.consumers(licenceId, first, max);
        return Response.ok(page)
                .header("X-Total-Count", compliance.consumerCount(licenceId))
                .build();
    }
}
