/**
 * 离任交接 (handover when a village cadre who kept the archives leaves): the 交接清单 of what the outgoing custodian
 * holds, the incoming custodian's count of what was physically found, the item-by-item difference (missing, found
 * but not listed, found but recorded as destroyed, listed twice, noted damage), and the signed handover (移交人,
 * 接收人, 监交人) kept for ever with all three lists, printable as a Chinese HTML page.
 *
 * <p>No statute article on 离任交接 was found; practice is a 交接清点台账 filed with the archives bureau (DOMAIN.md §6,
 * S). Pure values and rules; {@code org.cundang.workflow.HandoverWorkflow} (spi) builds the inventory from a store
 * and keeps the handover. Beta (issue 8).
 */
@NullMarked
package org.cundang.custody.handover;

import org.jspecify.annotations.NullMarked;
