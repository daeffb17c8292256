/** Text checks shared by core packages (not exported). */
@NullMarked
package org.cundang.internal.text;

import org.jspecify.annotations.NullMarked;
