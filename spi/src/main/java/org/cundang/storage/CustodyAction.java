package org.cundang.storage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cundang.custody.CustodyException;
import org.cundang.custody.HoldScope;
import org.cundang.retention.PeriodParseException;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * One change a custody record makes to the store's items or scope holds. A store applies all the actions of a
 * {@link CustodySubmission} in one step, or none, after checking them with
 * {@link org.cundang.storage.spi.CustodyRules}: a period is never shortened, nothing held or not yet due is approved
 * for destruction or destroyed, and nothing is destroyed without a 销毁清册 that passes
 * {@link org.cundang.custody.DestructionChecker}.
 *
 * <p>Every action has a one-line text form ({@link #toText()}, {@link #parse}) that stores may persist.
 */
public sealed interface CustodyAction {

    /** @return the subject: a 档号 or a {@link HoldScope} text */
    String subject();

    /**
     * The one-line text form: fields separated by {@code |}, with {@code %}, {@code |} and control characters
     * percent-encoded.
     *
     * @return the text, which {@link #parse} reads back to an equal action
     */
    String toText();

    /**
     * An appraisal decided to keep the item for a new period, never shorter than the current one (实施条例 第二十四条:
     * a new period is set and marked, V; 会计档案管理办法: periods are minimums).
     *
     * @param code   the 档号, not null
     * @param period the new period, not null
     * @param expiry the new last day, or null for 永久 or an event-based period
     */
    record Extend(String code, RetentionPeriod period, @Nullable LocalDate expiry) implements CustodyAction {
        /** Validates the parts. */
        public Extend {
            requireNonNull(code, "code");
            requireNonNull(period, "period");
        }

        @Override
        public String subject() {
            return code;
        }

        @Override
        public String toText() {
            return join("extend", code, period.code(), expiry == null ? "" : expiry.toString());
        }
    }

    /**
     * An appraisal decided that the item may be destroyed; the content stays until a signed 销毁清册 is carried out.
     *
     * @param code the 档号, not null
     */
    record ApproveDestruction(String code) implements CustodyAction {
        /** Validates the parts. */
        public ApproveDestruction {
            requireNonNull(code, "code");
        }

        @Override
        public String subject() {
            return code;
        }

        @Override
        public String toText() {
            return join("approve-destruction", code);
        }
    }

    /**
     * Destroy the item's content under the submission's 销毁清册; the record stays.
     *
     * @param code       the 档号, not null
     * @param accounting whether it is an accounting record (the accounting handler must then sign; an item whose
     *                   门类 is {@code KJ} counts as accounting whatever this says)
     */
    record Destroy(String code, boolean accounting) implements CustodyAction {
        /** Validates the parts. */
        public Destroy {
            requireNonNull(code, "code");
        }

        @Override
        public String subject() {
            return code;
        }

        @Override
        public String toText() {
            return join("destroy", code, Boolean.toString(accounting));
        }
    }

    /**
     * Place a hold on one item.
     *
     * @param code the 档号, not null
     * @param hold the hold, not null
     */
    record Hold(String code, RetentionHold hold) implements CustodyAction {
        /** Validates the parts. */
        public Hold {
            requireNonNull(code, "code");
            requireNonNull(hold, "hold");
        }

        @Override
        public String subject() {
            return code;
        }

        @Override
        public String toText() {
            return join("hold", code, hold.reason(), hold.since().toString(),
                    hold.end().map(LocalDate::toString).orElse(""));
        }
    }

    /**
     * End the item's active holds with this reason on a day (the matter was settled).
     *
     * @param code   the 档号, not null
     * @param reason the hold's reason, not null
     * @param on     the last day the hold applies, not null
     */
    record Release(String code, String reason, LocalDate on) implements CustodyAction {
        /** Validates the parts. */
        public Release {
            requireNonNull(code, "code");
            requireNonNull(reason, "reason");
            requireNonNull(on, "on");
        }

        @Override
        public String subject() {
            return code;
        }

        @Override
        public String toText() {
            return join("release", code, reason, on.toString());
        }
    }

    /**
     * Place a hold on a scope.
     *
     * @param scope the scope, not null
     * @param hold  the hold, not null
     */
    record HoldOnScope(HoldScope scope, RetentionHold hold) implements CustodyAction {
        /** Validates the parts. */
        public HoldOnScope {
            requireNonNull(scope, "scope");
            requireNonNull(hold, "hold");
        }

        @Override
        public String subject() {
            return scope.toString();
        }

        @Override
        public String toText() {
            return join("hold-scope", scope.toString(), hold.reason(), hold.since().toString(),
                    hold.end().map(LocalDate::toString).orElse(""));
        }
    }

    /**
     * End the scope's active holds with this reason on a day.
     *
     * @param scope  the scope, not null
     * @param reason the hold's reason, not null
     * @param on     the last day the hold applies, not null
     */
    record ReleaseScope(HoldScope scope, String reason, LocalDate on) implements CustodyAction {
        /** Validates the parts. */
        public ReleaseScope {
            requireNonNull(scope, "scope");
            requireNonNull(reason, "reason");
            requireNonNull(on, "on");
        }

        @Override
        public String subject() {
            return scope.toString();
        }

        @Override
        public String toText() {
            return join("release-scope", scope.toString(), reason, on.toString());
        }
    }

    /**
     * Reads the text form.
     *
     * @param text the text, not null
     * @return the action
     * @throws StorageException CD-5086 when the text is not an action
     */
    static CustodyAction parse(String text) {
        requireNonNull(text, "text");
        String[] f = text.split("\\|", -1);
        List<String> v = new ArrayList<>(f.length);
        try {
            for (String s : f) {
                v.add(decode(s));
            }
            return switch (v.get(0)) {
                case "extend" -> {
                    need(v, 4);
                    yield new Extend(v.get(1), RetentionPeriod.parse(v.get(2)), date(v.get(3)));
                }
                case "approve-destruction" -> {
                    need(v, 2);
                    yield new ApproveDestruction(v.get(1));
                }
                case "destroy" -> {
                    need(v, 3);
                    if (!v.get(2).equals("true") && !v.get(2).equals("false")) {
                        throw new IllegalArgumentException(v.get(2));
                    }
                    yield new Destroy(v.get(1), Boolean.parseBoolean(v.get(2)));
                }
                case "hold" -> {
                    need(v, 5);
                    yield new Hold(v.get(1), new RetentionHold(v.get(2), LocalDate.parse(v.get(3)), date(v.get(4))));
                }
                case "release" -> {
                    need(v, 4);
                    yield new Release(v.get(1), v.get(2), LocalDate.parse(v.get(3)));
                }
                case "hold-scope" -> {
                    need(v, 5);
                    yield new HoldOnScope(HoldScope.parse(v.get(1)),
                            new RetentionHold(v.get(2), LocalDate.parse(v.get(3)), date(v.get(4))));
                }
                case "release-scope" -> {
                    need(v, 4);
                    yield new ReleaseScope(HoldScope.parse(v.get(1)), v.get(2), LocalDate.parse(v.get(3)));
                }
                default -> throw new IllegalArgumentException(v.get(0));
            };
        } catch (IllegalArgumentException | DateTimeParseException | PeriodParseException | CustodyException
                 | org.cundang.retention.RetentionException e) {
            throw StorageException.of("CD-5086", StorageException.printable(text));
        }
    }

    private static void need(List<String> v, int n) {
        if (v.size() != n) {
            throw new IllegalArgumentException("fields " + v.size());
        }
    }

    private static @Nullable LocalDate date(String s) {
        return s.isEmpty() ? null : LocalDate.parse(s);
    }

    private static String join(String... fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append('|');
            }
            encode(b, fields[i]);
        }
        return b.toString();
    }

    private static void encode(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || c == '|' || c < 0x20 || c == 0x7f) {
                b.append('%').append(String.format(java.util.Locale.ROOT, "%02X", (int) c));
            } else {
                b.append(c);
            }
        }
    }

    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new IllegalArgumentException("bad escape");
                }
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
