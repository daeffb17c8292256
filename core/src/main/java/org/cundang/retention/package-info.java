/**
 * 保管期限 (retention periods) and retention evaluation: when an item's period starts, when it expires, and
 * whether it is retained, due for appraisal (鉴定), permanent, waiting for an event, or on hold.
 *
 * <p>Expiry leads to appraisal, never to destruction (DOMAIN.md decision 3). Stable API.
 */
@NullMarked
package org.cundang.retention;

import org.jspecify.annotations.NullMarked;
