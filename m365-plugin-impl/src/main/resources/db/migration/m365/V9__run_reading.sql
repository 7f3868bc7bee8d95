-- How an import run read its tenant: all users or a delta round of the changed ones (null for runs
-- that import nothing), and what it asked of Microsoft Graph: requests, the resource units Graph
-- charged, throttled answers, and how long it slowed down near Graph's limit. Runs before this
-- migration count zero.
ALTER TABLE M365_TASK_RUN ADD COLUMN IMPORT_MODE VARCHAR(16);
ALTER TABLE M365_TASK_RUN ADD COLUMN GRAPH_REQUESTS INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE M365_TASK_RUN ADD COLUMN RESOURCE_UNITS INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE M365_TASK_RUN ADD COLUMN THROTTLED_RESPONSES INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE M365_TASK_RUN ADD COLUMN PAUSED_MILLIS BIGINT DEFAULT 0 NOT NULL;
