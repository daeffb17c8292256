package org.cundang.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ScanNamesTest {

    @Test
    void reads_the_two_dat31_names() {
        String img = "files/Z109-WS·2023-D10-0001/Z109-WS·2023-D10-0001-0012.jpg";
        assertThat(ScanNames.pageImageCode(img)).isEqualTo("Z109-WS·2023-D10-0001");
        assertThat(ScanNames.pageNumber(img)).isEqualTo(12);
        assertThat(ScanNames.docCode(img)).isNull();
        assertThat(ScanNames.docCode("files/Z109-WS·2023-Y-0001.pdf")).isEqualTo("Z109-WS·2023-Y-0001");
        assertThat(ScanNames.pageImageCode("files/A/B-0001.jpg")).isNull();
        assertThat(ScanNames.pageNumber("files/A/A-001.jpg")).isEqualTo(-1);
        assertThat(ScanNames.docCode("files/.pdf")).isNull();
    }

    /** The hand-written matcher answers exactly as the regular expressions, for any name. */
    @Property(tries = 2000)
    void agrees_with_the_regular_expressions(@ForAll("names") String rel) {
        Matcher img = ScanNames.PAGE_IMAGE.matcher(rel);
        Matcher doc = ScanNames.DOC_FILE.matcher(rel);
        boolean isImg = img.matches();
        assertThat(ScanNames.pageImageCode(rel)).isEqualTo(isImg ? img.group(1) : null);
        assertThat(ScanNames.pageNumber(rel)).isEqualTo(isImg ? Integer.parseInt(img.group(2)) : -1);
        assertThat(ScanNames.docCode(rel)).isEqualTo(doc.matches() ? doc.group(1) : null);
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> code = Arbitraries.oneOf(Arbitraries.of("A", "Z109-WS·2023-D10-0001", "a.b", "x-0001", "",
                "-", "."), Arbitraries.strings().withChars("aA0-./·\n٣").ofMaxLength(6));
        Arbitrary<String> page = Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(3).ofMaxLength(5),
                Arbitraries.of("٣٣٣٣", "00a1", "0001"));
        Arbitrary<String> ext = Arbitraries.of("jpg", "JPG", "tif", "j2k", "", "jp g", "pdf", "PDF", "ofd", "Pdf", "é",
                "jpg/", "jpg\n");
        Arbitrary<String> prefix = Arbitraries.of("files/", "files", "Files/", "", "x/files/", "files//");
        Arbitrary<String> image = Combinators.combine(prefix, code, code, page, ext).as((p, a, b, n, e) ->
                p + a + "/" + (b.isEmpty() ? a : b.length() < 2 ? a : b) + "-" + n + "." + e);
        Arbitrary<String> docs = Combinators.combine(prefix, code, ext).as((p, a, e) -> p + a + "." + e);
        Arbitrary<String> any = Arbitraries.strings().withChars("files/A-0123.pdjg\n").ofMaxLength(30);
        return Arbitraries.oneOf(image, docs, any);
    }
}
