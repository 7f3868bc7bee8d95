package dev.itam.m365.lifecycle.application;

import dev.itam.m365.api.lifecycle.LifecycleChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Records which coming changes of a portal are alerted now, in a transaction of its own. */
@ApplicationScoped
public class AlertRecorder {

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LifecycleReader reader;

    @Inject
    LifecycleSettings settings;

    /** @return the changes within the alert window not alerted before */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<LifecycleChange> recordNew(long portalId) {
        List<LifecycleChange> coming = reader.comingChanges(Optional.of(portalId), settings.alertWindow());
        try {
            return new AlertStore(em.unwrap(Connection.class)).recordNew(coming, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("Recording lifecycle alerts failed: " + e.getMessage(), e);
        }
    }
}
