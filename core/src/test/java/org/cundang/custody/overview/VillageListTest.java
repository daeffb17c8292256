package org.cundang.custody.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VillageListTest {

    private static VillageList read(String text, Charset cs) {
        return VillageList.read(new ByteArrayInputStream(text.getBytes(cs)), "villages.csv");
    }

    @Test
    void reads_utf8_with_bom_and_gb18030() {
        String csv = "全宗号,村名,乡镇\r\nZ101,东岙村,仙降街道\r\nZ102,,仙降街道\r\n\r\nZ201,\"塘下, 新村\",塘下镇\r\n";
        for (VillageList l : new VillageList[] {read("\uFEFF" + csv, StandardCharsets.UTF_8),
            read(csv, Charset.forName("GB18030"))}) {
            assertThat(l.size()).isEqualTo(3);
            assertThat(l.find("Z101").orElseThrow().name()).isEqualTo("东岙村");
            assertThat(l.find("Z102").orElseThrow().displayName()).isEqualTo("Z102");
            assertThat(l.find("Z201").orElseThrow().name()).isEqualTo("塘下, 新村");
            assertThat(l.townships()).containsExactly("仙降街道", "塘下镇");
            assertThat(l.inTownship("塘下镇")).extracting(Village::fonds).containsExactly("Z201");
        }
        assertThat(read("fonds,village,township\nZ1,A,T\n", StandardCharsets.UTF_8).find("Z1")).isPresent();
    }

    @Test
    void refusals_name_the_file_and_line() {
        assertThatThrownBy(() -> read("", StandardCharsets.UTF_8)).hasMessageContaining("CD-8100")
                .hasMessageContaining("villages.csv");
        assertThatThrownBy(() -> read("村名,乡镇\nA,B\n", StandardCharsets.UTF_8)).hasMessageContaining("CD-8100");
        assertThatThrownBy(() -> read("全宗号,村名\nZ1,A\nZ1,B\n", StandardCharsets.UTF_8))
                .isInstanceOf(OverviewException.class).hasMessageContaining("CD-8101").hasMessageContaining("3");
        assertThatThrownBy(() -> read("全宗号,村名\n,A\n", StandardCharsets.UTF_8)).hasMessageContaining("CD-8101");
        assertThatThrownBy(() -> read("全宗号,村名\nZ1,A\u0007B\n", StandardCharsets.UTF_8))
                .hasMessageContaining("CD-8101");
        assertThatThrownBy(() -> read("全宗号,村名\nZ1," + "长".repeat(201) + "\n", StandardCharsets.UTF_8))
                .hasMessageContaining("CD-8101");
        assertThatThrownBy(() -> VillageList.read(new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe,
            (byte) 0x81, 0x20}), "x.csv")).hasMessageContaining("CD-8100");
    }
}
