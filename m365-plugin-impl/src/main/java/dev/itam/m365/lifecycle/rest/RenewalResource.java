package dev.itam.m365.lifecycle.rest;

import dev.itam.m365.api.lifecycle.LifecycleChange;
import dev.itam.m365.api.lifecycle.LifecycleService;
import dev.itam.m365.rest.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What renews, ends its trial, leaves its grace period or is deleted soon, across every portal. */
@Path("renewals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RenewalResource {

    static final Duration LONGEST = Duration.ofDays(3660);

    @Inject
    LifecycleService lifecycle;

    /** Coming changes, earliest first; without {@code within}, the installation's alert window. */
    @GET
    public List<LifecycleChange> renewals(
            @QueryParam("within")
                    @Parameter(description = "how far ahead, an ISO-8601 duration such as P30D (up to P3660D)")
                    String within) {
        QueryParameters query = new QueryParameters();
        Optional<Duration> window = query.duration(
                "within",
                within,
                Duration.ZERO,
                LONGEST,
                "'within' is how far ahead to look: an ISO-8601 duration in days or hours from P0D to P3660D,"
                        + " such as P30D.");
        query.check();
        return window.map(lifecycle::comingChanges).orElseGet(lifecycle::comingChanges);
    }
}
