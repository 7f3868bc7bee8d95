package dev.itam.m365.api.audit;

import java.util.List;

/** Reads the audit log, newest entry first. */
public interface AuditService {

    /** One page of the entries the filter keeps, newest first. */
    List<AuditEntry> entries(AuditFilter filter, int first, int max);

    /** How many entries {@link #entries} has in all. */
    int count(AuditFilter filter);
}
