package dev.itam.m365.importing.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Samples the tables a full import merged into after the import returned, when their statistics
 * still hold ({@link ImportStore#mergedStatisticsHold}). An enterprise bean's asynchronous call runs
 * in an invocation of its own; a task of the managed executor would share the one of the request
 * that started the import, and close that request's entity managers when it ended, failing the
 * next portal's import in the same request.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MergedTablesSampling {

    private static final Logger LOG = Logger.getLogger(MergedTablesSampling.class.getName());

    @Inject
    ImportStore store;

    /** Stale statistics slow reads down but lose nothing: a failure is logged, the next full import samples. */
    @Asynchronous
    public void sampleLater(String portalName) {
        try {
            store.sampleMergedTables();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sampling the tables portal '" + portalName + "' was merged into failed", e);
        }
    }
}
