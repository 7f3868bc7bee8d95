package dev.itam.m365.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Changes on pages a viewer may also use (licence management) check the admin role themselves: a
 * viewer never sees those actions, and one who posts them anyway gets 403 and changes nothing.
 */
public final class Roles {

    public static final String ADMIN = "m365-admin";

    private Roles() {
    }

    /** @return false, after answering 403, when the signed-in user is no admin */
    public static boolean admin() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (external.isUserInRole(ADMIN)) {
            return true;
        }
        try {
            external.responseSendError(403, "This change needs the role " + ADMIN + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return false;
    }
}
