package dev.itam.m365.compliance.rest;

import dev.itam.m365.api.compliance.ComplianceService;
import dev.itam.m365.api.compliance.PortalBalance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Licence balances per portal (M-13): owned, consumed, available. */
@Path("balances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BalanceResource {

    @Inject
    ComplianceService compliance;

    @GET
    public List<PortalBalance> balances() {
        return compliance.balances();
    }
}
