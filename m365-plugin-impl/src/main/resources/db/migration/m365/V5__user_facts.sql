-- What the import reads of each user and licence for the reclaim list: account type and age, sign-in
-- activity (null when the tenant gave none), the group a licence came through, the service plans of
-- each licence (to find licences contained in another the user holds), and whether the portal's last
-- import could read sign-in activity at all.
ALTER TABLE M365_CONTACT ADD COLUMN USER_TYPE VARCHAR(20);
ALTER TABLE M365_CONTACT ADD COLUMN CREATED_AT ${timestamp};
ALTER TABLE M365_CONTACT ADD COLUMN LAST_SIGN_IN_AT ${timestamp};
ALTER TABLE M365_CONTACT ADD COLUMN LAST_NON_INTERACTIVE_SIGN_IN_AT ${timestamp};
ALTER TABLE M365_CONTACT ADD COLUMN LAST_SUCCESSFUL_SIGN_IN_AT ${timestamp};
-- The later of the interactive and non-interactive sign-in: what "inactive" is measured by.
ALTER TABLE M365_CONTACT ADD COLUMN LAST_ACTIVE_AT ${timestamp};

ALTER TABLE M365_STAGED_USER ADD COLUMN USER_TYPE VARCHAR(20);
ALTER TABLE M365_STAGED_USER ADD COLUMN CREATED_AT ${timestamp};
ALTER TABLE M365_STAGED_USER ADD COLUMN LAST_SIGN_IN_AT ${timestamp};
ALTER TABLE M365_STAGED_USER ADD COLUMN LAST_NON_INTERACTIVE_SIGN_IN_AT ${timestamp};
ALTER TABLE M365_STAGED_USER ADD COLUMN LAST_SUCCESSFUL_SIGN_IN_AT ${timestamp};
ALTER TABLE M365_STAGED_USER ADD COLUMN LAST_ACTIVE_AT ${timestamp};

-- The group a licence came through when it came through groups only; null when assigned directly.
ALTER TABLE M365_CONSUMER_ASSIGNMENT ADD COLUMN GROUP_ID VARCHAR(36);
ALTER TABLE M365_STAGED_LICENCE ADD COLUMN GROUP_ID VARCHAR(36);

CREATE TABLE M365_SERVICE_PLAN (
    LICENCE_ID        BIGINT       NOT NULL,
    SERVICE_PLAN_ID   VARCHAR(36)  NOT NULL,
    SERVICE_PLAN_NAME VARCHAR(100),
    APPLIES_TO        VARCHAR(20),
    PRIMARY KEY (LICENCE_ID, SERVICE_PLAN_ID),
    CONSTRAINT FK_M365_SERVICE_PLAN_LICENCE FOREIGN KEY (LICENCE_ID) REFERENCES M365_LICENCE (ID) ON DELETE CASCADE
)${tableOptions};

-- READ, NOT_PREMIUM or PERMISSION_MISSING; null before the first import.
ALTER TABLE M365_PORTAL ADD COLUMN SIGN_IN_ACTIVITY VARCHAR(30);
