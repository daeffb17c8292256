/**
 * Catalogue entries (目录条目, DA/T 22-2015 5.5.2) with their Jakarta Validation constraints.
 *
 * <p>Stable API.
 */
@NullMarked
package org.cundang.catalog;

import org.jspecify.annotations.NullMarked;
