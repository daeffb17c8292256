/** Internals of the filesystem store: a small JSON codec and durable file writes. Not exported. */
@NullMarked
package org.cundang.storage.fs.internal;

import org.jspecify.annotations.NullMarked;
