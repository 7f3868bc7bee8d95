package dev.itam.m365.reclaim.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user kept off the reclaim list, keyed by the contact; removed with it. */
@Entity(name = "Exemption")
@Table(name = "M365_RECLAIM_EXEMPTION")
public class ExemptionEntity {

    public static final int MAX_NOTE = 500;
    public static final int MAX_EXEMPTED_BY = 256;

    @Id
    @Column(name = "CONTACT_ID")
    private Long contactId;

    @Column(name = "NOTE", nullable = false, length = MAX_NOTE)
    private String note;

    @Column(name = "EXEMPTED_BY", nullable = false, length = MAX_EXEMPTED_BY)
    private String exemptedBy;

    @Column(name = "EXEMPTED_AT", nullable = false)
    private Instant exemptedAt;

    protected ExemptionEntity() {}

    public ExemptionEntity(long contactId, String note, String exemptedBy, Instant exemptedAt) {
        this.contactId = contactId;
        change(note, exemptedBy, exemptedAt);
    }

    public final void change(String newNote, String by, Instant at) {
        note = newNote;
        exemptedBy = by;
        exemptedAt = at;
    }

    public long contactId() {
        return contactId;
    }

    public String note() {
        return note;
    }

    public String exemptedBy() {
        return exemptedBy;
    }

    public Instant exemptedAt() {
        return exemptedAt;
    }
}
