-- Cundang storage-jdbc schema, version 2 (PostgreSQL). docs/storage-jdbc.md, "Schema and migrations".
-- 1. The items' reference to their transfer is no longer a foreign key: its per-row check (a trigger that reads
--    cd_transfers) was about a third of the time of accepting a large transfer. The store writes the transfer row
--    in the same transaction as its items and never deletes transfers; verify() reports items whose transfer has no
--    accept event (CD-5042).
ALTER TABLE cd_items DROP CONSTRAINT IF EXISTS cd_items_transfer_id_fkey;
-- 2. Permanent items have no expiry: they need no entry in the expiry index (queries ask expiry_day < ?, which
--    implies NOT NULL, so the partial index serves them).
DROP INDEX IF EXISTS cd_items_expiry;
CREATE INDEX cd_items_expiry ON cd_items (expiry_day) WHERE expiry_day IS NOT NULL;
