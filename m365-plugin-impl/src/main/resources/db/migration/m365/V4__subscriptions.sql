-- The subscriptions behind each licence (Graph's /directory/subscriptions), the lifecycle alerts
-- already given (once per licence, subscription, event and date), and what the last import or run
-- could not read.
CREATE TABLE M365_SUBSCRIPTION (
    ID                       BIGINT       NOT NULL PRIMARY KEY,
    VERSION                  BIGINT       NOT NULL,
    LICENCE_ID               BIGINT       NOT NULL,
    SUBSCRIPTION_ID          VARCHAR(100) NOT NULL,
    COMMERCE_SUBSCRIPTION_ID VARCHAR(100),
    STATUS                   VARCHAR(30),
    TOTAL_LICENSES           INTEGER      NOT NULL,
    IS_TRIAL                 BOOLEAN      NOT NULL,
    CREATED_AT               ${timestamp},
    NEXT_LIFECYCLE_AT        ${timestamp},
    CONSTRAINT UQ_M365_SUBSCRIPTION UNIQUE (LICENCE_ID, SUBSCRIPTION_ID),
    CONSTRAINT FK_M365_SUBSCRIPTION_LICENCE FOREIGN KEY (LICENCE_ID) REFERENCES M365_LICENCE (ID) ON DELETE CASCADE
)${tableOptions};

CREATE TABLE M365_LIFECYCLE_ALERT (
    LICENCE_ID      BIGINT       NOT NULL,
    SUBSCRIPTION_ID VARCHAR(100) NOT NULL,
    EVENT           VARCHAR(30)  NOT NULL,
    DUE_AT          ${timestamp} NOT NULL,
    ALERTED_AT      ${timestamp} NOT NULL,
    PRIMARY KEY (LICENCE_ID, SUBSCRIPTION_ID, EVENT, DUE_AT),
    CONSTRAINT FK_M365_ALERT_LICENCE FOREIGN KEY (LICENCE_ID) REFERENCES M365_LICENCE (ID) ON DELETE CASCADE
)${tableOptions};

ALTER TABLE M365_PORTAL ADD COLUMN IMPORT_NOTICE VARCHAR(1000);
ALTER TABLE M365_TASK_RUN ADD COLUMN NOTICE VARCHAR(1000);
