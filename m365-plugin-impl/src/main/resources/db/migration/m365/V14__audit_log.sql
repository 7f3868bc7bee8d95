-- The audit log: who created, changed or deleted a portal, set or removed a price, exempted a user or
-- removed an exemption, and started a run. Written in the transaction of the action, so a failed
-- action left none. Subjects by id and their name then (kept after the subject is gone); changed
-- fields by name only, never a value, so no secret is ever here.
CREATE TABLE M365_AUDIT (
    ID             BIGINT        NOT NULL PRIMARY KEY,
    VERSION        BIGINT        NOT NULL,
    ACTED_AT       ${timestamp}  NOT NULL,
    ACTOR_KIND     VARCHAR(20)   NOT NULL,
    ACTOR          VARCHAR(256),
    AUDIT_ACTION   VARCHAR(40)   NOT NULL,
    SUBJECT_ID     BIGINT,
    SUBJECT_NAME   VARCHAR(256),
    CHANGED_FIELDS VARCHAR(1000),
    DETAIL         VARCHAR(500)
)${tableOptions};
CREATE INDEX IX_M365_AUDIT_AT ON M365_AUDIT (ACTED_AT);
CREATE INDEX IX_M365_AUDIT_ACTION ON M365_AUDIT (AUDIT_ACTION, ACTED_AT);
