-- Cundang storage-jdbc schema, version 2 (SQLite). docs/storage-jdbc.md, "Schema and migrations".
-- Permanent items have no expiry: they need no entry in the expiry index (queries ask expiry_day < ?, which implies
-- NOT NULL, so the partial index serves them). The foreign key of cd_items.transfer_id stays on SQLite (dropping it
-- means rebuilding the table; SQLite accepts with batched inserts, not COPY).
DROP INDEX IF EXISTS cd_items_expiry;
CREATE INDEX cd_items_expiry ON cd_items (expiry_day) WHERE expiry_day IS NOT NULL;
