package dev.itam.m365.compliance.rest;

import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.CostSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Monthly licence costs per portal and in all, per currency: owned seats, unused seats, reclaimable assignments. */
@Path("costs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CostResource {

    @Inject
    ComplianceService compliance;

    @GET
    public CostSummary costs() {
        return compliance.costs();
    }
}
