-- Cundang storage-jdbc schema, version 5 (SQLite): custody records (issue 8). docs/storage-jdbc.md, "Custody".
-- (Versions 2..4 are left to other changes of the schema.)
-- The disposal of an item: the appraisal that decided to destroy it, the destruction record and the day.
ALTER TABLE cd_items ADD COLUMN appraisal_id TEXT;
ALTER TABLE cd_items ADD COLUMN destruction_id TEXT;
ALTER TABLE cd_items ADD COLUMN destroyed_day BIGINT;
-- The period and expiry as accepted, kept when an appraisal first lengthens them (verify() recomputes the items
-- digest of the transfer from the accepted values); NULL accepted_period: never changed.
ALTER TABLE cd_items ADD COLUMN accepted_period TEXT;
ALTER TABLE cd_items ADD COLUMN accepted_expiry_day BIGINT;
CREATE INDEX cd_items_destroyed ON cd_items (destroyed_day) WHERE destroyed_day IS NOT NULL;
-- A hold released by a custody record gets its new end in until_day; released and accepted_until_day keep the end
-- it had when it was placed (for verify(), as above).
ALTER TABLE cd_holds ADD COLUMN released INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cd_holds ADD COLUMN accepted_until_day BIGINT;
CREATE TABLE cd_custody_records (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    actor     TEXT NOT NULL,
    day       BIGINT NOT NULL,
    time      TEXT NOT NULL,
    body      TEXT NOT NULL,
    actions   TEXT NOT NULL,
    digest    TEXT NOT NULL,
    audit_seq BIGINT NOT NULL UNIQUE
);
CREATE INDEX cd_custody_records_kind ON cd_custody_records (kind, audit_seq);
CREATE TABLE cd_custody_subjects (
    record_id TEXT NOT NULL REFERENCES cd_custody_records (id),
    pos       INTEGER NOT NULL,
    subject   TEXT NOT NULL,
    PRIMARY KEY (record_id, pos)
);
CREATE INDEX cd_custody_subjects_subject ON cd_custody_subjects (subject, record_id);
CREATE TABLE cd_scope_holds (
    pos       INTEGER PRIMARY KEY,
    scope     TEXT NOT NULL,
    reason    TEXT NOT NULL,
    since_day BIGINT NOT NULL,
    until_day BIGINT,
    record_id TEXT NOT NULL REFERENCES cd_custody_records (id)
);
-- Content files (content folder only) of destroyed items, deleted after the commit; what a crash left is deleted
-- when the store next opens as the writer.
CREATE TABLE cd_blob_deletions (
    address TEXT PRIMARY KEY
);
