/**
 * The one place where core reads JSON (schedule data files). Not exported; domain types carry no Jackson
 * annotations.
 */
@NullMarked
package org.cundang.internal.json;

import org.jspecify.annotations.NullMarked;
