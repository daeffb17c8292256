package org.cundang.samples.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Converts {@code --lang zh|en}; also reads it before parsing so that help and errors use the language. */
final class LangConverter implements CommandLine.ITypeConverter<Locale> {

    @Override
    public Locale convert(String value) {
        return parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "--lang: zh | en (was '" + value + "')"));
    }

    static java.util.Optional<Locale> parse(String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "zh":
            case "zh-cn":
            case "zh_cn":
                return java.util.Optional.of(Locale.SIMPLIFIED_CHINESE);
            case "en":
                return java.util.Optional.of(Locale.ENGLISH);
            default:
                return java.util.Optional.empty();
        }
    }

    /** The language asked for on the command line, zh when absent or unknown. */
    static Locale prescan(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (a.equals("--lang") && i + 1 < args.length) {
                return parse(args[i + 1]).orElse(Locale.SIMPLIFIED_CHINESE);
            }
            if (a.startsWith("--lang=")) {
                return parse(a.substring("--lang=".length())).orElse(Locale.SIMPLIFIED_CHINESE);
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }
}
