/**
 * BagIt (RFC 8493) reading and writing, percent-encoding and path safety. Internal.
 *
 * <p>Not exported; may change without notice.
 */
@NullMarked
package org.cundang.internal.bagit;

import org.jspecify.annotations.NullMarked;
