package org.cundang.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Picocli's English parameter errors reach a Chinese user in Chinese, keeping what picocli quoted (CD-9001). */
class PicocliTextTest {

    @Test
    void theCommonParameterErrorsAreInChineseThroughTheCli() {
        assertThat(CliRun.of("room", "metrics", "--t", "abc", "--rh", "50").err())
                .contains("CD-9001: 选项 '--t' 的值无效：'abc' 不是数字（用法见：cundang room metrics --help）");
        assertThat(CliRun.of("retention", "--period", "D10").err()).contains("CD-9001: 缺少必需的参数（以下任选其一）：")
                .contains("--formed");
        assertThat(CliRun.of("store", "query", "--nope").err()).contains("CD-9001: 未知的选项：'--nope'");
        assertThat(CliRun.of("code", "parse").err()).contains("CD-9001: 缺少必需的参数：'<档号>'");
        assertThat(CliRun.of("code", "parse", "A", "B").err()).contains("CD-9001: 多余的参数：'B'");
        assertThat(CliRun.of("store", "query", "--lang", "fr").err()).contains("CD-9001:");
        assertThat(CliRun.of("room", "metrics", "--rh", "50", "--t").err()).contains("CD-9001: 选项 '--t' 缺少取值（");
        assertThat(CliRun.of("room", "metrics", "--rh", "50", "--t", "1", "--t", "2").err())
                .contains("CD-9001: 选项 '--t' 只能给一次");
        // English users keep picocli's own words
        assertThat(CliRun.of("room", "metrics", "--t", "abc", "--rh", "50", "--lang", "en").err())
                .contains("Invalid value for option '--t': 'abc' is not a double");
    }

    @Test
    void suggestionsAreKeptAndUnknownFormsPassThrough() {
        assertThat(PicocliText.zh("Unknown option: '--stor' Possible solutions: --store"))
                .isEqualTo("未知的选项：'--stor'；可能是：--store");
        assertThat(PicocliText.zh("Unknown option: '--x'")).isEqualTo("未知的选项：'--x'");
        assertThat(PicocliText.zh("Invalid value for option '--lang': expected one of [zh, en] (case-insensitive) but"
                + " was 'fr'")).isEqualTo("选项 '--lang' 的值无效：应为 zh, en 之一（不区分大小写），实际为 'fr'");
        assertThat(PicocliText.zh("Something picocli says one day $1 \\ odd")).isEqualTo(
                "Something picocli says one day $1 \\ odd");
        assertThat(PicocliText.zh("Missing required option: '--id=ID' with $ and \\")).isEqualTo(
                "缺少必需的选项：'--id=ID' with $ and \\");
    }
}
