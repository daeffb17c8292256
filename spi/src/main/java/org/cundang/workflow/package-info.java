/**
 * Custody workflows on any {@link org.cundang.storage.ArchiveStore} that passes the conformance kit (issue 8):
 * appraisal and destruction (鉴定销毁) with holds, the access register (查阅利用), handover when cadres change
 * (离任交接), and the township's yearly checklist and overview. The documents are core values
 * ({@code org.cundang.custody}); this package finds what they concern in the store and keeps them there as custody
 * records, whose actions the store checks again.
 */
@NullMarked
package org.cundang.workflow;

import org.jspecify.annotations.NullMarked;
