-- Licence assignments the tenant reports as failed or holding with an error (licenseAssignmentStates
-- whose error is not None), per licence and contact: STATE and ERROR are the names of the API's
-- AssignmentState and AssignmentError, GROUP_ID the group whose assignment it is (null: direct). A
-- user may have several per licence (directly and through groups), so there is no natural key; each
-- import replaces the rows of the licences it synchronised.
CREATE TABLE M365_ASSIGNMENT_ERROR (
    LICENCE_ID BIGINT      NOT NULL,
    CONTACT_ID BIGINT      NOT NULL,
    GROUP_ID   VARCHAR(36),
    STATE      VARCHAR(30) NOT NULL,
    ERROR      VARCHAR(50) NOT NULL,
    CONSTRAINT FK_M365_ASSIGNMENT_ERROR_LICENCE FOREIGN KEY (LICENCE_ID) REFERENCES M365_LICENCE (ID) ON DELETE CASCADE,
    CONSTRAINT FK_M365_ASSIGNMENT_ERROR_CONTACT FOREIGN KEY (CONTACT_ID) REFERENCES M365_CONTACT (ID) ON DELETE CASCADE
)${tableOptions};
CREATE INDEX IX_M365_ASSIGNMENT_ERROR_LICENCE ON M365_ASSIGNMENT_ERROR (LICENCE_ID, ERROR);

CREATE TABLE M365_STAGED_ASSIGNMENT_ERROR (
    RUN_ID    BIGINT      NOT NULL,
    OBJECT_ID VARCHAR(36) NOT NULL,
    SKU_ID    VARCHAR(36) NOT NULL,
    GROUP_ID  VARCHAR(36),
    STATE     VARCHAR(30) NOT NULL,
    ERROR     VARCHAR(50) NOT NULL
)${tableOptions};
CREATE INDEX IX_M365_STAGED_ASSIGNMENT_ERROR ON M365_STAGED_ASSIGNMENT_ERROR (RUN_ID, OBJECT_ID);

-- Users waiting for a seat (a CountViolation the licence was not given for), counted by the
-- recalculation: consumed + waiting > owned is under-licensed.
ALTER TABLE M365_COMPLIANCE_RESULT ADD COLUMN WAITING INTEGER DEFAULT 0 NOT NULL;
