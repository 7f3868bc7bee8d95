package dev.itam.m365.audit.domain;

import dev.itam.m365.api.audit.AuditAction;
import java.util.List;

/**
 * An action to audit, fired synchronously inside the transaction that makes it; who acted is found
 * when it is stored, unless the schedule started it. Names of changed fields only, never values.
 *
 * @param scheduled whether the plugin's schedule acts, whoever else the thread may belong to
 */
public record Audited(
        AuditAction action,
        Long subjectId,
        String subjectName,
        List<String> changedFields,
        String detail,
        boolean scheduled) {

    public Audited {
        changedFields = List.copyOf(changedFields);
    }

    public static Audited of(AuditAction action, Long subjectId, String subjectName) {
        return new Audited(action, subjectId, subjectName, List.of(), null, false);
    }

    public Audited changing(ChangedFields fields) {
        return new Audited(action, subjectId, subjectName, fields.names(), detail, scheduled);
    }

    public Audited telling(String text) {
        return new Audited(action, subjectId, subjectName, changedFields, text, scheduled);
    }

    public Audited bySchedule() {
        return new Audited(action, subjectId, subjectName, changedFields, detail, true);
    }
}
