package dev.itam.m365.reclaim.application;

import dev.itam.m365.api.InvalidInputException;
import dev.itam.m365.api.NotFoundException;
import dev.itam.m365.api.Violation;
import dev.itam.m365.api.audit.AuditAction;
import dev.itam.m365.api.reclaim.Exemption;
import dev.itam.m365.api.reclaim.ReclaimFilter;
import dev.itam.m365.api.reclaim.ReclaimRow;
import dev.itam.m365.api.reclaim.ReclaimService;
import dev.itam.m365.api.reclaim.ReclaimTotals;
import dev.itam.m365.audit.domain.Audited;
import dev.itam.m365.audit.domain.ChangedFields;
import dev.itam.m365.licensing.domain.ContactEntity;
import dev.itam.m365.persistence.ReportsConcurrentChanges;
import dev.itam.m365.persistence.SchemaMigrator;
import dev.itam.m365.reclaim.domain.ExemptionEntity;
import dev.itam.m365.reclaim.domain.ExemptionRules;
import dev.itam.m365.reclaim.domain.ReclaimTotalling;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Reads the reclaim list through {@link ReclaimStore} on a connection of its own, and keeps the
 * exemptions. The list is worked out at each read from the last imports' facts and the clock, so
 * "inactive for 90 days" never goes stale between imports.
 */
@ApplicationScoped
@ReportsConcurrentChanges
@Transactional
public class ReclaimManager implements ReclaimService {

    @Resource(lookup = SchemaMigrator.DATA_SOURCE)
    DataSource dataSource;

    @PersistenceContext(unitName = "m365")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    @Inject
    ReclaimSettings settings;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReclaimRow> rows(ReclaimFilter filter, int first, int max) {
        return read(filter, (store, query) -> store.rows(query, first, max));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public int count(ReclaimFilter filter) {
        return read(filter, ReclaimStore::count);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void forEachRow(ReclaimFilter filter, Consumer<ReclaimRow> action) {
        read(filter, (store, query) -> {
            store.forEach(query, action);
            return null;
        });
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReclaimTotals totals(ReclaimFilter filter) {
        return ReclaimTotalling.of(read(filter, ReclaimStore::groups), filter.reason() != null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Exemption> exemptions() {
        return em.createQuery(
                        "select e, c from Exemption e, Contact c where c.id = e.contactId"
                                + " order by c.displayName, c.id",
                        Object[].class)
                .getResultStream()
                .map(pair -> view((ExemptionEntity) pair[0], (ContactEntity) pair[1]))
                .toList();
    }

    @Override
    public Exemption exempt(long contactId, String note, String exemptedBy) {
        ContactEntity contact = contact(contactId);
        String text = ExemptionRules.note(note);
        String by = ExemptionRules.exemptedBy(exemptedBy);
        Instant now = clock.instant();
        ExemptionEntity exemption = em.find(ExemptionEntity.class, contactId);
        ChangedFields changed = new ChangedFields().compare("note", exemption == null ? null : exemption.note(), text);
        if (exemption == null) {
            exemption = new ExemptionEntity(contactId, text, by, now);
            em.persist(exemption);
        } else {
            exemption.change(text, by, now);
        }
        em.flush();
        audited.fire(Audited.of(AuditAction.USER_EXEMPTED, contactId, contact.userPrincipalName())
                .changing(changed));
        return view(exemption, contact);
    }

    @Override
    public void removeExemption(long contactId) {
        ContactEntity contact = contact(contactId);
        ExemptionEntity exemption = em.find(ExemptionEntity.class, contactId);
        if (exemption != null) {
            em.remove(exemption);
            audited.fire(Audited.of(AuditAction.EXEMPTION_REMOVED, contactId, contact.userPrincipalName()));
        }
    }

    private ContactEntity contact(long contactId) {
        ContactEntity contact = em.find(ContactEntity.class, contactId);
        if (contact == null) {
            throw new NotFoundException("There is no user (contact) with id " + contactId + ".");
        }
        return contact;
    }

    private interface Read<T> {
        T from(ReclaimStore store, ReclaimStore.Query query) throws SQLException;
    }

    private <T> T read(ReclaimFilter filter, Read<T> read) {
        ReclaimStore.Query query = query(filter);
        try (Connection connection = dataSource.getConnection()) {
            return read.from(new ReclaimStore(connection), query);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the reclaim list failed: " + e.getMessage(), e);
        }
    }

    private ReclaimStore.Query query(ReclaimFilter filter) {
        if (filter.inactiveDays() != null && !ReclaimFilter.INACTIVE_DAYS.contains(filter.inactiveDays())) {
            throw new InvalidInputException(List.of(Violation.coded(
                    "inactiveDays",
                    "reclaim.inactiveDays.unknown",
                    "Inactive is after one of " + ReclaimFilter.INACTIVE_DAYS + " days without sign-in, not "
                            + filter.inactiveDays() + ".",
                    ReclaimFilter.INACTIVE_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    filter.inactiveDays())));
        }
        Instant now = clock.instant();
        return new ReclaimStore.Query(
                filter,
                now.minus(Duration.ofDays(filter.inactiveDaysOrDefault())),
                now.minus(Duration.ofDays(settings.newAccountDays())));
    }

    private static Exemption view(ExemptionEntity exemption, ContactEntity contact) {
        return new Exemption(
                exemption.contactId(),
                contact.portal() == null ? null : contact.portal().id(),
                contact.displayName(),
                contact.userPrincipalName(),
                exemption.note(),
                exemption.exemptedBy(),
                exemption.exemptedAt());
    }
}
