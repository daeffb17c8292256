/**
 * 档号 (archival reference codes): typed parts, templates that parse and format them (DA/T 22-2015 by default,
 * legacy 卷-style and local variants), the 门类代码 registry, a lenient normaliser, and 件号 sequences per scope.
 *
 * <p>Stable API.
 */
@NullMarked
package org.cundang.code;

import org.jspecify.annotations.NullMarked;
