/**
 * Custody workflows on a store (issue 8): what the township does with the archives it keeps. This package holds the
 * read-only gathering of the township's yearly work: {@link org.cundang.workflow.TownshipOverview} (the yearly
 * collection checklist and the township overview, from any {@link org.cundang.storage.ArchiveStore} that passes the
 * conformance kit). Beta.
 */
@NullMarked
package org.cundang.workflow;

import org.jspecify.annotations.NullMarked;
