/**
 * Streaming RFC 4180 CSV reading and writing with encoding detection and formula neutralisation. Internal.
 *
 * <p>Not exported; may change without notice.
 */
@NullMarked
package org.cundang.internal.csv;

import org.jspecify.annotations.NullMarked;
