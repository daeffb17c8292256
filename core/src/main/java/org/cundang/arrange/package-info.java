/**
 * The paper side of 规范整理 (DA/T 22-2015 chapters 5 and 6): arranging items into numbered catalogue entries
 * ({@link org.cundang.arrange.Arranger}) and putting them into boxes ({@link org.cundang.arrange.Boxer}), with a
 * checker for the box ↔ catalogue relation ({@link org.cundang.arrange.BoxChecker}).
 *
 * <p>Pure rules: no I/O, no logging; problems come back as {@link org.cundang.Finding}s (codes CD-3100 to CD-3199,
 * listed in {@code docs/errors.md}). Printing (filing stamps, spine labels, 备考表, 目录) lives outside core, in the
 * samples' {@code org.cundang.samples.print}. Design choices where the standard is silent: {@code docs/paper.md}.
 *
 * <p>Stability: new in 0.1; the API may still change.
 */
@NullMarked
package org.cundang.arrange;

import org.jspecify.annotations.NullMarked;
