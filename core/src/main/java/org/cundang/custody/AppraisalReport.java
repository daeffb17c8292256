package org.cundang.custody;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.cundang.Finding;
import org.cundang.Severity;
import org.cundang.internal.json.CustodyJson;
import org.cundang.retention.RetentionPeriod;
import org.jspecify.annotations.Nullable;

/**
 * A 鉴定意见书 (appraisal report): the appraisal group's decision, per item, on records whose period has ended —
 * keep for a new, longer period, or destroy — with the reason. 实施条例 第二十四条 (V): units appraise expired
 * archives and write a 鉴定工作报告; a kept archive gets a new period. 会计档案管理办法 (S): the archives office leads
 * the appraisal with 会计/审计/纪检, and the 鉴定意见书 is kept permanently (附表1 第16项, V). The store keeps it as
 * a custody record for ever.
 *
 * @param id      the record id, not null
 * @param date    the day of the appraisal, not null
 * @param fonds   the 全宗号, not null
 * @param unit    the 立档单位 (the village), not null
 * @param group   the members of the appraisal group (鉴定小组), not null
 * @param items   the decisions, not null
 * @param opinion the group's overall opinion (鉴定意见), not null
 */
public record AppraisalReport(String id, LocalDate date, String fonds, String unit, List<String> group,
                              List<Item> items, String opinion) {

    /** The fewest distinct members of an appraisal group (practice, S: a group, not one person). */
    public static final int MIN_GROUP = 2;

    /** Validates and copies the parts. */
    public AppraisalReport {
        requireNonNull(id, "id");
        requireNonNull(date, "date");
        requireNonNull(fonds, "fonds");
        requireNonNull(unit, "unit");
        group = List.copyOf(requireNonNull(group, "group"));
        items = List.copyOf(requireNonNull(items, "items"));
        requireNonNull(opinion, "opinion");
    }

    /**
     * One item's decision.
     *
     * @param code          the 档号, not null
     * @param title         the 题名, not null
     * @param year          the year it was formed
     * @param currentPeriod the period that ended, not null
     * @param decision      keep (with the new period) or destroy, and why; not null
     */
    public record Item(String code, String title, int year, RetentionPeriod currentPeriod,
                       AppraisalDecision decision) {
        /** Validates the parts. */
        public Item {
            requireNonNull(code, "code");
            requireNonNull(title, "title");
            requireNonNull(currentPeriod, "currentPeriod");
            requireNonNull(decision, "decision");
        }
    }

    /**
     * Checks the report: a group of at least {@value #MIN_GROUP} distinct people (CD-8021), at least one item
     * (CD-8022), each item once (CD-8019), a reason for each decision (CD-8024), and a keep decision with a period
     * longer than the one that ended (CD-8023; the period is a minimum and a kept record gets a new period).
     *
     * @return the findings, empty when the report may be kept
     */
    public List<Finding> check() {
        List<Finding> out = new ArrayList<>();
        Set<String> people = new HashSet<>();
        for (String g : group) {
            if (g != null && !g.isBlank()) {
                people.add(g.strip());
            }
        }
        if (people.size() < MIN_GROUP) {
            out.add(finding("CD-8021", "", String.valueOf(people.size()), String.valueOf(MIN_GROUP)));
        }
        if (items.isEmpty()) {
            out.add(finding("CD-8022", ""));
        }
        Set<String> seen = new HashSet<>();
        for (Item i : items) {
            if (!seen.add(i.code())) {
                out.add(finding("CD-8019", i.code(), i.code()));
            }
            if (i.decision().reason().isBlank()) {
                out.add(finding("CD-8024", i.code(), i.code()));
            }
            if (i.decision() instanceof AppraisalDecision.Keep k && !i.currentPeriod().isShorterThan(k.newPeriod())) {
                out.add(finding("CD-8023", i.code(), i.code(), i.currentPeriod().code(), k.newPeriod().code()));
            }
        }
        return List.copyOf(out);
    }

    /** @return the items the group decided to destroy */
    public List<Item> toDestroy() {
        return items.stream().filter(i -> i.decision() instanceof AppraisalDecision.Destroy).toList();
    }

    /** @return the items the group decided to keep */
    public List<Item> toKeep() {
        return items.stream().filter(i -> i.decision() instanceof AppraisalDecision.Keep).toList();
    }

    /**
     * The report as JSON (the body of its custody record).
     *
     * @return the JSON text, which {@link #fromJson} reads back to an equal report
     */
    public String toJson() {
        return CustodyJson.write(this);
    }

    /**
     * Reads a report written by {@link #toJson()}.
     *
     * @param json the JSON, not null
     * @return the report
     * @throws CustodyException CD-8026 when the text is not such a report
     */
    public static AppraisalReport fromJson(String json) {
        requireNonNull(json, "json");
        try {
            return CustodyJson.readAppraisal(json);
        } catch (RuntimeException e) {
            throw CustodyException.of("CD-8026", "鉴定意见书 / appraisal report", String.valueOf(e.getMessage()));
        }
    }

    static Finding finding(String code, String subject, Object... args) {
        return new Finding(code, Severity.ERROR, subject, CustodyException.MESSAGES.text(code, args),
                new LinkedHashMap<>());
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
