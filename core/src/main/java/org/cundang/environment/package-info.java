/**
 * Repository protection (库房保护): room profiles (JGJ 25-2010, DA/T 87-2021), temperature and humidity readings,
 * the compliance view (bands, 24-hour swings, gaps, stuck and implausible values) and the risk view (dew point,
 * preservation index, TWPI, equilibrium moisture content, mould risk), and the protection checklist.
 *
 * <p>Stable API.
 */
@NullMarked
package org.cundang.environment;

import org.jspecify.annotations.NullMarked;
