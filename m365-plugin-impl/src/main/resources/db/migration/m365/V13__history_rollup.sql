-- The history's roll-up is a scheduled task of its own, holding a lease of its own, so it never
-- waits for an import or a recalculation. Its runs count the snapshots they removed; earlier runs
-- removed none.
INSERT INTO M365_TASK_LEASE (TASK) VALUES ('HISTORY');
ALTER TABLE M365_TASK_RUN ADD COLUMN SNAPSHOTS_REMOVED INTEGER DEFAULT 0 NOT NULL;
