/**
 * The archive store: items (目录 entries with their 档号, retention state, holds and township-custody flag), their
 * content addressed by digest, accepted transfers, 件号 allocation, queries, a fixity audit and a tamper-evident audit
 * trail. Open a store by URI with {@link org.cundang.storage.ArchiveStores}; every store passes the conformance kit
 * shipped in this module's test-jar ({@code org.cundang.storage.tck.ArchiveStoreCompatibilityKit}).
 *
 * <p>Only core values and JDK types appear in signatures: no {@code java.sql}, no {@code java.nio.file.Path}.
 * Errors are {@link org.cundang.storage.StorageException}s with permanent codes CD-5001..CD-5199
 * ({@code docs/errors.md}). Design notes: {@code docs/storage.md}.
 */
@NullMarked
package org.cundang.storage;

import org.jspecify.annotations.NullMarked;
