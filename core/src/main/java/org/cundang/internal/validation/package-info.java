/**
 * Constraint validators behind the catalogue's Jakarta Validation annotations. Not exported; opened to Hibernate
 * Validator, which instantiates them.
 */
@NullMarked
package org.cundang.internal.validation;

import org.jspecify.annotations.NullMarked;
