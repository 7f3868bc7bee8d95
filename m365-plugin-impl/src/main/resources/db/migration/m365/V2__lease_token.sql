-- Identifies one holding of a lease, so an execution that lost its lease can never renew or
-- release the lease a later execution of the same instance holds.
ALTER TABLE M365_TASK_LEASE ADD COLUMN LEASE_TOKEN VARCHAR(36);
