/**
 * The fixity engine: hashes files on a bounded pool, several algorithms in one read. Internal.
 *
 * <p>Not exported; may change without notice.
 */
@NullMarked
package org.cundang.internal.fixity;

import org.jspecify.annotations.NullMarked;
