/**
 * {@code cundang demo}: a synthetic village archive taken through the main job end to end (generate, validate,
 * correct, pack, accept, watch the room), using only Cundang's public API.
 */
@NullMarked
package org.cundang.samples.demo;

import org.jspecify.annotations.NullMarked;
