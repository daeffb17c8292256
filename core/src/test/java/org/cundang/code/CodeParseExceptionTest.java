package org.cundang.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.cundang.ArchiveException;
import org.junit.jupiter.api.Test;

class CodeParseExceptionTest {

    @Test
    void carries_input_index_part_and_code() {
        CodeParseException e = catchThrowableOfType(() -> CodeTemplate.daT22().parse("Z109-WS·2011-Y-BGS-00\u00011"),
                CodeParseException.class);
        assertThat(e).isInstanceOf(ArchiveException.class);
        assertThat(e.code()).isEqualTo("CD-1011");
        assertThat(e.input()).isEqualTo("Z109-WS·2011-Y-BGS-00\u00011");
        assertThat(e.errorIndex()).isEqualTo(21);
        assertThat(e.expectedPart()).contains(PartKind.ITEM);
        assertThat(e.getMessage(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("CD-1011: 档号“Z109-WS·2011-Y-BGS-00U+00011”第 22 个字符处应为件号（4 位数字，0001–9999），"
                        + "实际为“U+0001”。");
        assertThat(e.getMessage()).doesNotContain("\u0001");
    }

    @Test
    void separator_and_trailing_messages() {
        CodeParseException sep = catchThrowableOfType(() -> CodeTemplate.daT22().parse("Z109-WS-2011-Y-0001"),
                CodeParseException.class);
        assertThat(sep.text().zh()).isEqualTo("档号“Z109-WS-2011-Y-0001”第 8 个字符处应为年度前的分隔符“·”，实际为“-”。");
        CodeParseException legacyD = catchThrowableOfType(() -> CodeTemplate.daT22().parse("Z109-WS·2011-D-0001"),
                CodeParseException.class);
        assertThat(legacyD.code()).isEqualTo("CD-1009");
        assertThat(legacyD.text().en()).contains("legacy retention code").contains("LegacyPeriodMapping");
        assertThat(CodeParseException.empty().expectedPart()).isEmpty();
    }
}
