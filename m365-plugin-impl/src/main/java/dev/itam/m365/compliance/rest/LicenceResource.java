package dev.itam.m365.compliance.rest;

import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.Consumer;
import dev.itam.m365.api.compliance.LicenceCompliance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Licences with their compliance (M-8) and the contacts consuming each. */
@Path("licences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicenceResource {

    @Inject
    ComplianceService compliance;

    @GET
    public List<LicenceCompliance> licences() {
        return compliance.licences();
    }

    @GET
    @Path("{id}/consumers")
    public List<Consumer> consumers(@PathParam("id") long licenceId) {
        return compliance.consumers(licenceId);
    }
}
