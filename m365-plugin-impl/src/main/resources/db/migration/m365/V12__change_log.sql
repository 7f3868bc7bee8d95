-- What each run changed (the change log): written in the transaction of the merge or the
-- recalculation that applied it, so a run that failed left none. Users by their Entra object id
-- and their names then; licences by id. BEFORE_VALUE and AFTER_VALUE hold a department, a seat
-- count or a lifecycle as text.
CREATE TABLE M365_CHANGE (
    RUN_ID              BIGINT       NOT NULL,
    PORTAL_ID           BIGINT,
    KIND                VARCHAR(30)  NOT NULL,
    OBJECT_ID           VARCHAR(36),
    DISPLAY_NAME        VARCHAR(256),
    USER_PRINCIPAL_NAME VARCHAR(256),
    LICENCE_ID          BIGINT,
    BEFORE_VALUE        VARCHAR(256),
    AFTER_VALUE         VARCHAR(256)
)${tableOptions};
CREATE INDEX IX_M365_CHANGE_RUN ON M365_CHANGE (RUN_ID, KIND);
CREATE INDEX IX_M365_CHANGE_LICENCE ON M365_CHANGE (LICENCE_ID, RUN_ID);
