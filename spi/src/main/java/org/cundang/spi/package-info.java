/**
 * Provider interfaces for storage and sensors, and provider discovery. Adapters implement these; their tests
 * extend the conformance kit shipped in this module's test-jar.
 *
 * <p>Evolves faster than the core API.
 */
@NullMarked
package org.cundang.spi;

import org.jspecify.annotations.NullMarked;
