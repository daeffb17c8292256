-- Cundang storage-jdbc schema, version 6 (PostgreSQL). docs/storage-jdbc.md, "Schema and migrations".
-- Every item query of the store filters and then pages in 档号 order (ORDER BY code LIMIT ? OFFSET ?), so each
-- filter's index ends with the 档号 and a page is read in order. V1's (scope, 件号) and (全宗号, year) did not: on
-- 1,000,000 items (PostgreSQL 14, docs/performance.md) the planner walked the primary key instead and a page of a
-- scope or of a 全宗号+year took about 300 ms; with these indexes a few milliseconds.
DROP INDEX IF EXISTS cd_items_scope;
CREATE INDEX cd_items_scope ON cd_items (scope, code);
DROP INDEX IF EXISTS cd_items_fonds_year;
CREATE INDEX cd_items_fonds_year ON cd_items (fonds, year, code);
