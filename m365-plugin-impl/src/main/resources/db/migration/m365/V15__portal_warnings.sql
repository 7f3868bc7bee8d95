-- When an import of the portal last succeeded, so its figures can be flagged stale; and the warning
-- last given about its credential's expiry (the expiry it was for, the threshold in days, 0 for
-- expired), so each threshold is announced once. Portals imported before take their last successful
-- run of their own, or else their last full import.
ALTER TABLE M365_PORTAL ADD COLUMN LAST_IMPORT_AT ${timestamp};
ALTER TABLE M365_PORTAL ADD COLUMN CREDENTIAL_WARNED_FOR ${timestamp};
ALTER TABLE M365_PORTAL ADD COLUMN CREDENTIAL_WARNED_DAYS INTEGER;
UPDATE M365_PORTAL SET LAST_IMPORT_AT = COALESCE(
    (SELECT MAX(r.ENDED_AT) FROM M365_TASK_RUN r WHERE r.PORTAL_ID = M365_PORTAL.ID AND r.OUTCOME = 'SUCCEEDED'),
    FULL_IMPORT_AT);
