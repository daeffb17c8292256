/**
 * Cundang's shared vocabulary: the one exception hierarchy ({@link org.cundang.ArchiveException} with permanent
 * {@code CD-nnnn} codes), findings that rules return instead of logging, and bilingual texts.
 *
 * <p>Stable API.
 */
@NullMarked
package org.cundang;

import org.jspecify.annotations.NullMarked;
