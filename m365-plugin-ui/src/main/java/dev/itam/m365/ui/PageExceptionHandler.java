package dev.itam.m365.ui;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.PluginException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Optional;

/**
 * The pages' one place for errors, so page beans just call their service: a broken rule is shown
 * next to its field, any other refusal of the plugin as a message in words, and an expired view
 * (the session timed out) reloads the page. Anything else is left to the container's error page.
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            if (cause(thrown, ViewExpiredException.class).isPresent()) {
                events.remove();
                reload(context.getExternalContext());
            } else {
                Optional<PluginException> refusal = cause(thrown, PluginException.class);
                if (refusal.isPresent()) {
                    events.remove();
                    show(refusal.get());
                    context.validationFailed();
                    context.renderResponse();
                }
            }
        }
        super.handle();
    }

    private static void show(PluginException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            Messages.violations(invalid.violations());
        } else {
            Messages.error(refusal.getMessage());
        }
    }

    /** Back to the page as it was opened (the Referer keeps its ?portal=…), if that page is one of ours. */
    private static void reload(ExternalContext external) {
        String page = external.getRequestContextPath() + external.getRequestServletPath();
        String referer = external.getRequestHeaderMap().get("Referer");
        if (referer != null) {
            URI opened = URI.create(referer);
            if (page.equals(opened.getPath())) {
                page = opened.getRawQuery() == null ? page : page + "?" + opened.getRawQuery();
            }
        }
        try {
            external.redirect(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T extends Throwable> Optional<T> cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
