/**
 * For implementers of stores: the {@link org.cundang.storage.spi.StoreProvider} discovered by
 * {@link java.util.ServiceLoader}, and helpers every store uses the same way (the audit chain, verified reads).
 *
 * <p>Evolves faster than {@code org.cundang.storage}.
 */
@NullMarked
package org.cundang.storage.spi;

import org.jspecify.annotations.NullMarked;
