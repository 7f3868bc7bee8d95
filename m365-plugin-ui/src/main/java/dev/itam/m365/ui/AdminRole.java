package dev.itam.m365.ui;

import dev.itam.m365.api.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The admin role on pages: {@code #{adminRole.held}} shows the changes to admins only, and
 * {@link #check()} guards the changes of pages a viewer may also use (licence management): a viewer
 * never sees those actions, and one who posts them anyway gets 403 and changes nothing.
 */
@Named
@ApplicationScoped
public class AdminRole {

    public boolean isHeld() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    /** @return false, after answering 403, when the signed-in user is no admin */
    public static boolean check() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (external.isUserInRole(Roles.ADMIN)) {
            return true;
        }
        try {
            external.responseSendError(403, "This change needs the role " + Roles.ADMIN + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return false;
    }
}
