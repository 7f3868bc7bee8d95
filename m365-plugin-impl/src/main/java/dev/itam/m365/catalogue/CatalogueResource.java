package dev.itam.m365.catalogue;

import dev.itam.m365.rest.BodyLimit;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** {@code PUT /api/catalogue}: upload Microsoft's product names CSV as the source of licence titles. */
@Path("catalogue")
@RequestScoped
public class CatalogueResource {

    @Inject
    SkuTitles titles;

    @PUT
    @BodyLimit(megabytes = 10)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject upload(InputStream csv) {
        int skus = titles.upload(new InputStreamReader(csv, StandardCharsets.UTF_8));
        return Json.createObjectBuilder().add("skus", skus).build();
    }
}
