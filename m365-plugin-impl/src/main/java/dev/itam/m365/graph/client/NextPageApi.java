package dev.itam.m365.graph.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Follows an {@code @odata.nextLink} exactly as Graph gave it: the link is the client's base URL. */
@Produces(MediaType.APPLICATION_JSON)
public interface NextPageApi extends AutoCloseable {

    @GET
    UserPage users(@HeaderParam("Authorization") String authorization);
}
