/**
 * The JDBC store: PostgreSQL in production, SQLite as the embedded default.
 */
@NullMarked
package org.cundang.storage.jdbc;

import org.jspecify.annotations.NullMarked;
