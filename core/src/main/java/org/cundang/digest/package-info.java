/**
 * Digests (固化信息) with their algorithm id: SM3 (GB/T 32905, cited by DA/T 97-2023) and SHA-256, and a
 * streaming {@link org.cundang.digest.MultiDigester} that computes several digests in one read pass
 * (DOMAIN.md decision 8).
 *
 * <p>Stable API.
 */
@NullMarked
package org.cundang.digest;

import org.jspecify.annotations.NullMarked;
