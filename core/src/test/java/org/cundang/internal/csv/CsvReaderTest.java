package org.cundang.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    static List<List<String>> readAll(String text) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(text))) {
            CsvReader.Row row;
            while ((row = r.next()) != null) {
                out.add(row.fields());
            }
        }
        return out;
    }

    @Test
    void rfc4180_quotes_and_embedded_newlines() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a,\"b,c\",\"d\"\"e\"\r\n\"multi\nline\",x\n3,4"));
        CsvReader.Row first = r.next();
        assertThat(first.fields()).containsExactly("a", "b,c", "d\"e");
        CsvReader.Row second = r.next();
        assertThat(second.fields()).containsExactly("multi\nline", "x");
        assertThat(second.line()).isEqualTo(2);
        assertThat(r.next().line()).isEqualTo(4);
        assertThat(r.next()).isNull();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void unterminated_quote_is_a_problem_not_an_exception() throws IOException {
        CsvReader r = new CsvReader(new StringReader("a,\"never closed\n"));
        assertThat(r.next().fields()).hasSize(2);
        assertThat(r.problems()).anyMatch(p -> p.contains("unterminated"));
    }

    @Property(tries = 100)
    void writer_then_reader_round_trips(@ForAll @Size(min = 1, max = 5) List<@Size(max = 4) List<String>> rows)
            throws IOException {
        List<List<String>> nonEmpty = rows.stream().filter(r -> !r.isEmpty()).toList();
        StringWriter w = new StringWriter();
        try (CsvWriter cw = new CsvWriter(w, false)) {
            for (List<String> r : nonEmpty) {
                cw.write(r);
            }
        }
        assertThat(readAll(w.toString())).isEqualTo(nonEmpty);
    }

    @Test
    void writer_neutralises_formulas() throws IOException {
        StringWriter w = new StringWriter();
        new CsvWriter(w, true).write(List.of("=cmd|' /C calc'!A0", "+1", "@SUM(A1)", "-2", "\tx", "normal"));
        assertThat(readAll(w.toString()).get(0)).containsExactly("'=cmd|' /C calc'!A0", "'+1", "'@SUM(A1)", "'-2",
                "'\tx", "normal");
        assertThat(CsvWriter.isFormulaLike("题名")).isFalse();
        assertThat(CsvWriter.isFormulaLike("")).isFalse();
    }
}
