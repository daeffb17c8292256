-- Cundang storage-jdbc schema, version 6 (SQLite). docs/storage-jdbc.md, "Schema and migrations".
-- Every item query of the store filters and then pages in 档号 order (ORDER BY code LIMIT ? OFFSET ?), so each
-- filter's index ends with the 档号 and a page is read in order instead of sorting the whole scope or year (as on
-- PostgreSQL, postgresql/V6__query_indexes.sql).
DROP INDEX IF EXISTS cd_items_scope;
CREATE INDEX cd_items_scope ON cd_items (scope, code);
DROP INDEX IF EXISTS cd_items_fonds_year;
CREATE INDEX cd_items_fonds_year ON cd_items (fonds, year, code);
