/**
 * The {@code cundang} command: one subcommand per capability, {@code --json} for machines, {@code --lang zh|en} for
 * people, exit 0 when all is well, 1 when a check finds an error, 2 for bad usage or bad input.
 */
@NullMarked
package org.cundang.samples.cli;

import org.jspecify.annotations.NullMarked;
