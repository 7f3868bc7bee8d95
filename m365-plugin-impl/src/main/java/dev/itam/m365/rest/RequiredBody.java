package dev.itam.m365.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Refuses a request without body to an operation that reads one: sent with no body and no
 * {@code Content-Type}, JAX-RS would hand the operation null instead of asking {@link JsonBodyReader}.
 */
@Provider
public class RequiredBody implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method operation = resource.getResourceMethod();
        if (operation == null || request.hasEntity()) {
            return;
        }
        Arrays.stream(operation.getParameterTypes())
                .filter(Class::isRecord)
                .findFirst()
                .ifPresent(body -> {
                    throw new UnreadableBodyException("The body is empty. " + JsonRecords.expected(body));
                });
    }
}
