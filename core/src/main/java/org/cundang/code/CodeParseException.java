package org.cundang.code;

import java.util.Optional;
import org.cundang.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Text that is not a 档号 of the template that read it. Like threetenbp's {@code DateTimeParseException}, it
 * keeps the {@linkplain #input() input} and the {@linkplain #errorIndex() index of the first bad character}, and
 * names the {@linkplain #expectedPart() part} the template expected there.
 *
 * <p>Codes: CD-1001 empty (or null) input; CD-1002 input too long; CD-1003 全宗号; CD-1004 门类代码 form;
 * CD-1005 门类代码 not in the registry; CD-1006 年度; CD-1007 年度 out of range; CD-1008 保管期限; CD-1009 legacy
 * 保管期限 code; CD-1010 机构(问题)代码; CD-1011 件号 form; CD-1012 件号 out of range; CD-1013 目录号; CD-1014 案卷号;
 * CD-1015 separator; CD-1016 text after a complete code; CD-1040 ambiguous repair (from {@link CodeNormalizer}).
 */
public final class CodeParseException extends CodeException {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final int errorIndex;
    private final @Nullable PartKind expected;

    private CodeParseException(String code, LocalizedText text, String input, int errorIndex,
                               @Nullable PartKind expected) {
        super(code, text, null);
        this.input = input;
        this.errorIndex = errorIndex;
        this.expected = expected;
    }

    /** The text that was read (empty when the input was null). */
    public String input() {
        return input;
    }

    /** The index (0-based, in UTF-16 chars) of the first character that does not fit; may equal the length. */
    public int errorIndex() {
        return errorIndex;
    }

    /** The part the template expected at {@link #errorIndex()}, empty for empty, too long or ambiguous input. */
    public Optional<PartKind> expectedPart() {
        return Optional.ofNullable(expected);
    }

    static CodeParseException empty() {
        return new CodeParseException("CD-1001", MESSAGES.text("CD-1001"), "", 0, null);
    }

    static CodeParseException tooLong(String input, int max) {
        return new CodeParseException("CD-1002",
                MESSAGES.text("CD-1002", String.valueOf(input.length()), String.valueOf(max)), input, max, null);
    }

    static CodeParseException ambiguous(String input, int index, String first, String second) {
        return new CodeParseException("CD-1040",
                MESSAGES.text("CD-1040", shown(input), first, second), input, index, null);
    }

    /**
     * A failure found by the scanner.
     *
     * @param input  the text as the user gave it
     * @param failure what went wrong; its index is already an index into {@code input}
     * @param index  the error index in {@code input}
     */
    static CodeParseException of(String input, Failure failure, int index) {
        String found = index >= input.length() ? null : String.valueOf(input.charAt(index));
        String foundZh = found == null ? "结尾" : "“" + shown(found) + "”";
        String foundEn = found == null ? "the end" : "\"" + shown(found) + "\"";
        Part part = failure.part();
        String code = failure.code();
        String pos = String.valueOf(index + 1);
        LocalizedText text;
        if (code.equals("CD-1015")) {
            String sep = String.valueOf(failure.separator());
            text = new LocalizedText(
                    MESSAGES.text(code, shown(input), pos, sep, part.labelZh(), foundZh).zh(),
                    MESSAGES.text(code, shown(input), pos, sep, part.labelEn(), foundEn).en());
        } else if (code.equals("CD-1016")) {
            text = MESSAGES.text(code, shown(input), pos);
        } else if (failure.detail() != null) {
            text = CodeException.text(code, part.describeZh(), part.describeEn(), shown(input), pos,
                    shown(failure.detail()));
        } else {
            text = new LocalizedText(
                    MESSAGES.text(code, part.describeZh(), shown(input), pos, foundZh).zh(),
                    MESSAGES.text(code, part.describeEn(), shown(input), pos, foundEn).en());
        }
        return new CodeParseException(code, text, input, index, part.kind());
    }

    /** What the scanner found wrong, before it becomes an exception. */
    record Failure(String code, int index, Part part, char separator, @Nullable String detail) {
        static Failure at(String code, int index, Part part) {
            return new Failure(code, index, part, '\0', null);
        }
    }
}
