package org.cundang.samples.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese for picocli's own parameter errors, which it writes in English only (picocli 4.7 has no message bundle
 * for them). The common messages are translated by pattern, keeping the option names and values picocli quotes;
 * anything else is shown as picocli wrote it, so no error is ever hidden.
 */
final class PicocliText {

    /** A known message form; group {@code suggestion} (when not 0) holds picocli's "did you mean" part. */
    private record Rule(Pattern pattern, String zh, int suggestion) {
    }

    private static final List<Rule> RULES = List.of(
            rule("Unknown options?: (.+?)(?:\\s*Possible solutions: (.+))?", "未知的选项：$1", 2),
            rule("Unmatched arguments? (?:at|from) index \\d+: (.+?)(?:\\s*Did you mean: (.+))?", "多余的参数：$1", 2),
            rule("Missing required options?: (.+)", "缺少必需的选项：$1", 0),
            rule("Missing required parameters?: (.+)", "缺少必需的参数：$1", 0),
            rule("Missing required parameter for option '([^']+)' \\((.+)\\)", "选项 '$1' 缺少取值（$2）", 0),
            rule("Expected parameter for option '([^']+)' but found '(.+)'", "选项 '$1' 缺少取值，却遇到 '$2'", 0),
            rule("Error: Missing required argument \\(specify one of these\\): (.+)", "缺少必需的参数（以下任选其一）：$1",
                    0),
            rule("Error: (.+) are mutually exclusive \\(specify only one\\)", "$1 不能同时使用（只能给一个）", 0),
            rule("Invalid value for option '([^']+)': '(.*)' is not an? (?:int|long|double|float|number)",
                    "选项 '$1' 的值无效：'$2' 不是数字", 0),
            rule("Invalid value for option '([^']+)': expected one of \\[(.+)\\] \\(case-insensitive\\) but was '(.*)'",
                    "选项 '$1' 的值无效：应为 $2 之一（不区分大小写），实际为 '$3'", 0),
            rule("Invalid value for option '([^']+)': (.+)", "选项 '$1' 的值无效：$2", 0),
            rule("Invalid value for positional parameter at index \\d+ \\(([^)]+)\\): (.+)", "参数 $1 的值无效：$2", 0),
            rule("option '([^']+)' \\((.+)\\) should be specified only once", "选项 '$1' 只能给一次", 0));

    private PicocliText() {
    }

    private static Rule rule(String regex, String zh, int suggestion) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), zh, suggestion);
    }

    /**
     * Picocli's message in Chinese when it is one of the known forms, else unchanged.
     *
     * @param message picocli's message, on one line
     * @return the Chinese text, or the message
     */
    static String zh(String message) {
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(message);
            if (m.matches()) {
                StringBuilder out = new StringBuilder();
                m.appendReplacement(out, r.zh()); // the whole message matched: no tail
                if (r.suggestion() > 0 && m.group(r.suggestion()) != null) {
                    out.append("；可能是：").append(m.group(r.suggestion()).strip());
                }
                return out.toString();
            }
        }
        return message;
    }
}
