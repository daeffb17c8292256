-- Cundang storage-jdbc schema, version 1 (SQLite). docs/storage-jdbc.md
-- Text compares with SQLite's BINARY collation: byte order of UTF-8, as "C" on PostgreSQL.
CREATE TABLE cd_transfers (
    id          TEXT PRIMARY KEY,
    batch       TEXT NOT NULL,
    fonds       TEXT NOT NULL,
    actor       TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    metadata    TEXT NOT NULL,
    items       INTEGER NOT NULL,
    bytes       BIGINT NOT NULL,
    audit_seq   BIGINT NOT NULL,
    accepted_at TEXT NOT NULL
);
CREATE TABLE cd_items (
    code              TEXT PRIMARY KEY,
    template          TEXT NOT NULL,
    scope             TEXT NOT NULL,
    fonds             TEXT NOT NULL,
    year              INTEGER,
    item_no           INTEGER NOT NULL,
    period            TEXT NOT NULL,
    permanent         INTEGER NOT NULL,
    expiry_day        BIGINT,
    township_custody  INTEGER NOT NULL,
    schedule_entry    TEXT,
    transfer_id       TEXT NOT NULL REFERENCES cd_transfers (id),
    e_sequence        INTEGER,
    e_code            TEXT,
    e_document_number TEXT,
    e_responsible     TEXT,
    e_title           TEXT,
    e_date            TEXT,
    e_classification  TEXT,
    e_pages           INTEGER,
    e_period          TEXT,
    e_remarks         TEXT,
    e_schedule_entry  TEXT
);
CREATE INDEX cd_items_scope ON cd_items (scope, item_no);
CREATE INDEX cd_items_fonds_year ON cd_items (fonds, year);
CREATE INDEX cd_items_expiry ON cd_items (expiry_day);
CREATE INDEX cd_items_custody ON cd_items (township_custody, code);
CREATE INDEX cd_items_transfer ON cd_items (transfer_id, code);
CREATE TABLE cd_holds (
    code      TEXT NOT NULL REFERENCES cd_items (code),
    pos       INTEGER NOT NULL,
    reason    TEXT NOT NULL,
    since_day BIGINT NOT NULL,
    until_day BIGINT,
    audit_seq BIGINT,
    PRIMARY KEY (code, pos)
);
CREATE TABLE cd_content (
    code    TEXT NOT NULL REFERENCES cd_items (code),
    pos     INTEGER NOT NULL,
    name    TEXT NOT NULL,
    size    BIGINT NOT NULL,
    address TEXT NOT NULL,
    digests TEXT NOT NULL,
    PRIMARY KEY (code, pos)
);
CREATE INDEX cd_content_address ON cd_content (address);
CREATE TABLE cd_blobs (
    address TEXT PRIMARY KEY,
    size    BIGINT NOT NULL,
    data    BLOB
);
CREATE TABLE cd_sequences (
    scope TEXT PRIMARY KEY,
    last  INTEGER NOT NULL
);
CREATE TABLE cd_audit (
    seq      BIGINT PRIMARY KEY,
    time     TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    subject  TEXT NOT NULL,
    details  TEXT NOT NULL,
    previous TEXT NOT NULL,
    digest   TEXT NOT NULL
);
-- One row: the head of the audit chain. Every writer locks it (inside BEGIN IMMEDIATE) before appending.
CREATE TABLE cd_audit_head (
    id     INTEGER PRIMARY KEY,
    seq    BIGINT NOT NULL,
    digest TEXT
);
INSERT INTO cd_audit_head (id, seq, digest) VALUES (1, 0, NULL);
