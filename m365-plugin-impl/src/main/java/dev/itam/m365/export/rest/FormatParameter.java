package dev.itam.m365.export.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets a link ask for an export: a browser following {@code …/consumers?format=xlsx} cannot set
 * {@code Accept}, so {@code format=csv} or {@code format=xlsx} on a GET stands for it, before JAX-RS
 * picks the method. Any other value is left alone (JSON, as without it).
 */
@Provider
@PreMatching
public class FormatParameter implements ContainerRequestFilter {

    static final String NAME = "format";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return;
        }
        String asked = request.getUriInfo().getQueryParameters().getFirst(NAME);
        ExportFormat.named(asked)
                .ifPresent(format -> request.getHeaders()
                        .putSingle(HttpHeaders.ACCEPT, format.mediaType().toString()));
    }
}
