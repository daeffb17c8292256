/**
 * The filesystem store, the embedded default that needs no server.
 */
@NullMarked
package org.cundang.storage.fs;

import org.jspecify.annotations.NullMarked;
