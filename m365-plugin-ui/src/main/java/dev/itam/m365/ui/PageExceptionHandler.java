package dev.itam.m365.ui;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.PluginException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The pages' one place for errors, so page beans just call their service: a broken rule is shown
 * next to its field, any other refusal of the plugin as a message in words, and an expired view
 * (the session timed out) reloads the page. A request the components cannot decode (a tampered or
 * stale post, such as a drag and drop naming nodes the tree does not have) changes nothing and is
 * answered with a message. Anything else is left to the container's error page.
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                events.hasNext(); ) {
            ExceptionQueuedEventContext queued = events.next().getContext();
            Throwable thrown = queued.getException();
            if (cause(thrown, ViewExpiredException.class).isPresent()) {
                events.remove();
                reload(context.getExternalContext());
            } else if (PhaseId.APPLY_REQUEST_VALUES.equals(queued.getPhaseId())) {
                events.remove();
                LOG.log(Level.WARNING, "A page request could not be read and was refused", thrown);
                Messages.error(Texts.text("page.unreadable"));
                context.renderResponse();
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
            Messages.error(Errors.refusal(refusal));
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
