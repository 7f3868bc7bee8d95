package dev.itam.m365.graph.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.Closeable;

/** The Graph v1.0 calls of the plugin, relative to the Graph base URL. */
@Produces(MediaType.APPLICATION_JSON)
public interface GraphApi extends Closeable {

    @GET
    @Path("subscribedSkus")
    SkuList subscribedSkus(@HeaderParam("Authorization") String authorization);

    /** A page of the tenant's subscriptions; {@code skipToken} is null for the first page. */
    @GET
    @Path("directory/subscriptions")
    SubscriptionPage subscriptions(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("$top") String top,
            @QueryParam("$skiptoken") String skipToken);

    /** A page of users; {@code skipToken} is null for the first page. */
    @GET
    @Path("users")
    UserPage users(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("$select") String select,
            @QueryParam("$top") String top,
            @QueryParam("$skiptoken") String skipToken);

    /**
     * A page of a users delta round: the first with {@code select} (and {@code deltaToken} "latest"
     * to start from now), the others with a token of the link before. Graph ignores {@code $top}
     * here; {@code prefer} asks the page size ({@code odata.maxpagesize}, at most 200).
     */
    @GET
    @Path("users/delta")
    DeltaPage usersDelta(
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("Prefer") String prefer,
            @QueryParam("$select") String select,
            @QueryParam("$deltatoken") String deltaToken,
            @QueryParam("$skiptoken") String skipToken);
}
