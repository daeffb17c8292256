/**
 * Implementation details of {@code org.cundang.core}. Not exported; may change without notice.
 */
@NullMarked
package org.cundang.internal;

import org.jspecify.annotations.NullMarked;
