package dev.itam.m365.history.rest;

import dev.itam.m365.api.history.Forecast;
import dev.itam.m365.api.history.HistoryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** When a licence runs out of seats at the rate of the last 90 days. */
@Path("licences/{id}/forecast")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicenceForecastResource {

    @Inject
    HistoryService history;

    @GET
    public Forecast forecast(@PathParam("id") long licenceId) {
        return history.forecast(licenceId);
    }
}
