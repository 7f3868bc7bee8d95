-- Staged rows live for one import run and are removed however it ends (after a crash of the server
-- by the start-up sweep, after one of PostgreSQL by PostgreSQL itself): they need no write-ahead log.
-- Unlogged, a 100,000-user import's pages are staged without writing them twice, and their commits
-- wait for no WAL flush. A standby does not see them, which costs a failover during an import that
-- import, as any failure does; the next one reads the tenant again.
ALTER TABLE M365_STAGED_USER SET UNLOGGED;
ALTER TABLE M365_STAGED_LICENCE SET UNLOGGED;
ALTER TABLE M365_STAGED_ASSIGNMENT_ERROR SET UNLOGGED;
ALTER TABLE M365_STAGED_CHANGE SET UNLOGGED;
