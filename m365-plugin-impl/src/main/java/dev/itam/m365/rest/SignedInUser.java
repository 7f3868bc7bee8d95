package dev.itam.m365.rest;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Who sends a request, as kept beside what an admin changes (a price, an exemption). */
public final class SignedInUser {

    private SignedInUser() {}

    /** The user's name; null only when the request was not authenticated, which web.xml does not let through. */
    public static String name(SecurityContext security) {
        Principal user = security.getUserPrincipal();
        return user == null ? null : user.getName();
    }
}
