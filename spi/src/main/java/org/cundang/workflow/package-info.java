/**
 * Custody workflows on any {@link org.cundang.storage.ArchiveStore} that passes the conformance kit (issue 8):
 * appraisal and destruction (鉴定销毁) with holds, the access register (查阅利用), handover when cadres change
 * (离任交接), and the township's yearly checklist and overview. They read facts from the store, apply the pure rules of
 * core ({@code org.cundang.custody} and its sub-packages), and keep the resulting documents as custody records
 * ({@link org.cundang.storage.ArchiveStore#keep}), whose actions the store checks again. Time comes from a
 * {@link java.time.Clock} or explicit dates. Beta.
 */
@NullMarked
package org.cundang.workflow;

import org.jspecify.annotations.NullMarked;
