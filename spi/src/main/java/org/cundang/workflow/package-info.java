/**
 * Custody workflows on the store (issue 8): they read facts from any {@link org.cundang.storage.ArchiveStore} that
 * passes the conformance kit, apply the pure rules of core, and keep the resulting documents as custody records
 * ({@link org.cundang.storage.ArchiveStore#keep}). Time comes from a {@link java.time.Clock}. Beta.
 */
@NullMarked
package org.cundang.workflow;

import org.jspecify.annotations.NullMarked;
