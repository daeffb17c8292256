/**
 * Format identification by content and image/PDF/OFD inspection without full decoding. Internal.
 *
 * <p>Not exported; may change without notice.
 */
@NullMarked
package org.cundang.internal.format;

import org.jspecify.annotations.NullMarked;
