-- Where Microsoft Graph's change tracking of a portal's users stands: the users/delta link a full
-- import took before it read the users, and when that full import ran. Written by the import in its
-- merge's transaction; any edit of the portal clears the link, so its next import reads everything.
-- A later migration that changes what an import keeps clears every link the same way.
ALTER TABLE M365_PORTAL ADD COLUMN DELTA_LINK ${text};
ALTER TABLE M365_PORTAL ADD COLUMN FULL_IMPORT_AT ${timestamp};

-- The users an incremental import's delta round reported, changed or removed: only their contacts'
-- assignments and failed assignments are compared with what the round staged.
CREATE TABLE M365_STAGED_CHANGE (
    RUN_ID    BIGINT      NOT NULL,
    OBJECT_ID VARCHAR(36) NOT NULL,
    PRIMARY KEY (RUN_ID, OBJECT_ID)
)${tableOptions};
