/**
 * Embedding examples: small programs that use Cundang the way a township system does, through its public API only.
 */
@NullMarked
package org.cundang.samples.embedding;

import org.jspecify.annotations.NullMarked;
