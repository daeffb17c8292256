package org.cundang.internal.json;

import org.jspecify.annotations.Nullable;

/**
 * A problem found while reading a schedule file, before it becomes a public {@code ScheduleException} (the
 * schedule package turns one into the other and adds the file name).
 */
public final class ScheduleJsonProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final @Nullable String entry;
    private final int line;
    private final int column;
    private final transient Object[] args;

    ScheduleJsonProblem(String code, @Nullable String entry, int line, int column, @Nullable Throwable cause,
                        Object... args) {
        super(code, cause, false, false);
        this.code = code;
        this.entry = entry;
        this.line = line;
        this.column = column;
        this.args = args.clone();
    }

    /** The CD code. */
    public String code() {
        return code;
    }

    /** The entry label (id or JSON path), or null for the table itself. */
    public @Nullable String entry() {
        return entry;
    }

    /** The 1-based line, or -1. */
    public int line() {
        return line;
    }

    /** The 1-based column, or -1. */
    public int column() {
        return column;
    }

    /** The message arguments after the file and entry (see the schedule catalogue). */
    public Object[] args() {
        return args.clone();
    }
}
