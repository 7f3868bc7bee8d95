-- Every licence's figures after each recalculation (granularity RUN), thinned by the recalculation
-- itself: rows older than m365.history.daily-after become the last of their day (DAY), older than
-- m365.history.monthly-after the last of their month (MONTH), each keeping the peak consumption of
-- the rows it replaced; rows older than m365.history.retention go. A licence's costs are those of its
-- price then, in the price's currency.
CREATE TABLE M365_LICENCE_HISTORY (
    LICENCE_ID       BIGINT         NOT NULL,
    TAKEN_AT         ${timestamp}   NOT NULL,
    GRANULARITY      VARCHAR(10)    NOT NULL,
    PORTAL_ID        BIGINT,
    OWNED            INTEGER        NOT NULL,
    CONSUMED         INTEGER        NOT NULL,
    PEAK_CONSUMED    INTEGER        NOT NULL,
    AVAILABLE        INTEGER        NOT NULL,
    WAITING          INTEGER        NOT NULL,
    RECLAIMABLE      INTEGER        NOT NULL,
    STATUS           VARCHAR(30)    NOT NULL,
    LIFECYCLE        VARCHAR(30),
    COST_CURRENCY    VARCHAR(3),
    OWNED_COST       DECIMAL(19, 4),
    UNUSED_COST      DECIMAL(19, 4),
    RECLAIMABLE_COST DECIMAL(19, 4),
    PRIMARY KEY (LICENCE_ID, TAKEN_AT),
    CONSTRAINT FK_M365_HISTORY_LICENCE FOREIGN KEY (LICENCE_ID) REFERENCES M365_LICENCE (ID) ON DELETE CASCADE
)${tableOptions};
CREATE INDEX IX_M365_LICENCE_HISTORY_PORTAL ON M365_LICENCE_HISTORY (PORTAL_ID, TAKEN_AT);
CREATE INDEX IX_M365_LICENCE_HISTORY_KEPT ON M365_LICENCE_HISTORY (GRANULARITY, TAKEN_AT);
