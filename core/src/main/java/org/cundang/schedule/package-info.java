/**
 * Retention schedules (归档范围和保管期限表) as layered, versioned data: a base table with province, county and
 * township overlays that may lengthen a period or add entries, never shorten one (DOMAIN.md decision 1).
 *
 * <p>Stable API.
 */
@NullMarked
package org.cundang.schedule;

import org.jspecify.annotations.NullMarked;
