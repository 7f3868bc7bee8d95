package dev.itam.m365.audit.domain;

import dev.itam.m365.api.audit.ActorKind;
import dev.itam.m365.api.audit.AuditAction;
import dev.itam.m365.api.audit.AuditEntry;
import dev.itam.m365.persistence.PersistentEntity;
import dev.itam.m365.persistence.StoredText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One stored entry of the audit log; written once, never changed. */
@Entity(name = "AuditEntry")
@Table(name = "M365_AUDIT")
public class AuditEntryEntity extends PersistentEntity {

    static final int MAX_ACTOR = 256;
    static final int MAX_SUBJECT_NAME = 256;
    static final int MAX_FIELDS = 1000;
    static final int MAX_DETAIL = 500;

    @Column(name = "ACTED_AT", nullable = false)
    private Instant actedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTOR_KIND", nullable = false, length = 20)
    private ActorKind actorKind;

    @Column(name = "ACTOR", length = MAX_ACTOR)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "AUDIT_ACTION", nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "SUBJECT_ID")
    private Long subjectId;

    @Column(name = "SUBJECT_NAME", length = MAX_SUBJECT_NAME)
    private String subjectName;

    /** Field names joined by commas; none has one. */
    @Column(name = "CHANGED_FIELDS", length = MAX_FIELDS)
    private String changedFields;

    @Column(name = "DETAIL", length = MAX_DETAIL)
    private String detail;

    protected AuditEntryEntity() {}

    /** The action as {@code actor} took it at {@code now}; long texts are cut to their columns. */
    public AuditEntryEntity(Audited action, Actor actor, Instant now) {
        this.actedAt = now;
        this.actorKind = actor.kind();
        this.actor = clipped(actor.name(), MAX_ACTOR);
        this.action = action.action();
        this.subjectId = action.subjectId();
        this.subjectName = clipped(action.subjectName(), MAX_SUBJECT_NAME);
        this.changedFields =
                action.changedFields().isEmpty() ? null : clipped(String.join(",", action.changedFields()), MAX_FIELDS);
        this.detail = clipped(action.detail(), MAX_DETAIL);
    }

    public AuditEntry view() {
        List<String> fields = changedFields == null ? List.of() : Arrays.asList(changedFields.split(","));
        return new AuditEntry(id(), actedAt, actorKind, actor, action, subjectId, subjectName, fields, detail);
    }

    private static String clipped(String text, int max) {
        return text == null ? null : StoredText.clipped(text, max);
    }
}
