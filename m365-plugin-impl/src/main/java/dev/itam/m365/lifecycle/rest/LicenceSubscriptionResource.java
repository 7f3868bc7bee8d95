package dev.itam.m365.lifecycle.rest;

import dev.itam.m365.api.lifecycle.LifecycleService;
import dev.itam.m365.api.lifecycle.Subscription;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The subscriptions behind one licence, with their status, seats, trial and dates. */
@Path("licences/{id}/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LicenceSubscriptionResource {

    @Inject
    LifecycleService lifecycle;

    @GET
    public List<Subscription> subscriptions(@PathParam("id") long licenceId) {
        return lifecycle.subscriptions(licenceId);
    }
}
