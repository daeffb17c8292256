package org.cundang.internal.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV (CRLF record ends). With neutralisation on, a cell that a spreadsheet would run as a formula
 * ({@link #isFormulaLike}) is written with a leading apostrophe (OWASP "CSV injection"), so opening an exported
 * catalogue in Excel or WPS never executes it.
 */
public final class CsvWriter implements Closeable {

    private final Writer out;
    private final boolean neutralise;

    /**
     * A writer.
     *
     * @param out        the destination (closed with this writer)
     * @param neutralise whether to neutralise formula-looking cells
     */
    public CsvWriter(Writer out, boolean neutralise) {
        this.out = out;
        this.neutralise = neutralise;
    }

    /**
     * Whether a cell starts like a spreadsheet formula: {@code = + - @}, a tab or a carriage return.
     *
     * @param cell the cell
     * @return true when it would be run as a formula
     */
    public static boolean isFormulaLike(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * The cell as it will be written (neutralised when formula-like), before quoting.
     *
     * @param cell the cell
     * @return the safe text
     */
    public static String neutralised(String cell) {
        return isFormulaLike(cell) ? "'" + cell : cell;
    }

    /**
     * Writes one record.
     *
     * @param cells the cells
     * @throws IOException when writing fails
     */
    public void write(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String c = neutralise ? neutralised(cells.get(i)) : cells.get(i);
            boolean quote = c.isEmpty() && cells.size() == 1 || c.indexOf(',') >= 0 || c.indexOf('"') >= 0
                    || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0;
            if (quote) {
                out.write('"');
                out.write(c.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(c);
            }
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
