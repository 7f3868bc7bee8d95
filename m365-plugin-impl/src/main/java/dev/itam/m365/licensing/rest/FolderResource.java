package dev.itam.m365.licensing.rest;

import dev.itam.m365.api.licensing.Folder;
import dev.itam.m365.api.licensing.LicensingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Product folders: the tree as a list with paths, and new folders. */
@Path("folders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FolderResource {

    @Inject
    LicensingService licensing;

    @GET
    public List<Folder> folders() {
        return licensing.folders();
    }

    /** Body: {@code {"parentId": 3, "name": "Moved by hand"}}; parentId null or left out for a top-level folder. */
    @POST
    public Response create(NewFolder body) {
        Folder folder = licensing.createFolder(body.parentId(), body.name());
        return Response.status(Response.Status.CREATED).entity(folder).build();
    }
}
