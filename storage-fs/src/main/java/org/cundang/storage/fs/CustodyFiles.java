package org.cundang.storage.fs;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cundang.custody.HoldScope;
import org.cundang.digest.Digest;
import org.cundang.retention.RetentionHold;
import org.cundang.retention.RetentionPeriod;
import org.cundang.storage.CustodyAction;
import org.cundang.storage.CustodyRecord;
import org.cundang.storage.Disposal;
import org.cundang.storage.ScopeHold;
import org.cundang.storage.StoredItem;
import org.cundang.storage.fs.internal.Json;
import org.cundang.storage.spi.CustodyRules;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a custody record file ({@code records/<nnnnnnnn>.json}, layout in {@code docs/storage-fs.md}):
 * every field of the {@link CustodyRecord} (actions as their one-line text form) and the outcome the store applied
 * (the new state of each changed item, the new scope-hold list when it changed, the destroyed 档号), so that opening
 * the store replays exactly what {@link CustodyRules#apply} computed when the record was kept.
 */
final class CustodyFiles {

    private CustodyFiles() {
    }

    /**
     * What a custody record changed on one item: the fields {@link CustodyRules#apply} may change.
     *
     * @param period   the period
     * @param expiry   the last day, or null
     * @param holds    every hold of the item (its own, those added later, ended ones)
     * @param disposal the destruction decision or destruction, or null
     */
    record Overlay(RetentionPeriod period, @Nullable LocalDate expiry, List<RetentionHold> holds,
                   @Nullable Disposal disposal) {

        Overlay {
            requireNonNull(period, "period");
            holds = List.copyOf(holds);
        }

        static Overlay of(StoredItem s) {
            return new Overlay(s.period(), s.expiry(), s.holds(), s.disposal());
        }

        Overlay withHold(RetentionHold h) {
            List<RetentionHold> hs = new ArrayList<>(holds);
            hs.add(h);
            return new Overlay(period, expiry, hs, disposal);
        }

        boolean destroyed() {
            return disposal != null && disposal.isDestroyed();
        }

        StoredItem applyTo(StoredItem base) {
            return new StoredItem(base.code(), base.entry(), base.scheduleEntry(), period, expiry, holds,
                    base.townshipCustody(), base.transferId(), base.content(), disposal);
        }
    }

    /**
     * A record file read back.
     *
     * @param record     the record (its audit sequence taken from the commit event)
     * @param items      the new state of each changed item, by 档号
     * @param scopeHolds the whole scope-hold list after the record, or null when the record did not change it
     * @param destroyed  the 档号 destroyed by the record
     */
    record Kept(CustodyRecord record, Map<String, Overlay> items, @Nullable List<ScopeHold> scopeHolds,
                List<String> destroyed) {
    }

    /** Writes a record and the outcome it applied as one JSON line. */
    static String write(CustodyRecord r, CustodyRules.Outcome o, boolean scopesChanged) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind());
        m.put("actor", r.actor());
        m.put("date", r.date().toString());
        m.put("time", r.time().toString());
        m.put("subjects", r.subjects());
        m.put("body", r.body());
        List<Object> actions = new ArrayList<>();
        r.actions().forEach(a -> actions.add(a.toText()));
        m.put("actions", actions);
        m.put("digest", r.digest().toString());
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> items = new ArrayList<>();
        for (Map.Entry<String, StoredItem> e : o.items().entrySet()) {
            StoredItem s = e.getValue();
            Map<String, @Nullable Object> im = new LinkedHashMap<>();
            im.put("code", s.code().toString());
            im.put("period", s.period().toString());
            im.put("expiry", s.expiry() == null ? null : s.expiry().toString());
            List<Object> holds = new ArrayList<>();
            s.holds().forEach(h -> holds.add(hold(h)));
            im.put("holds", holds);
            Disposal d = s.disposal();
            if (d == null) {
                im.put("disposal", null);
            } else {
                Map<String, @Nullable Object> dm = new LinkedHashMap<>();
                dm.put("appraisal", d.appraisalId());
                dm.put("destruction", d.destructionId());
                dm.put("destroyedOn", d.destroyedOn() == null ? null : d.destroyedOn().toString());
                im.put("disposal", dm);
            }
            items.add(im);
        }
        out.put("items", items);
        if (scopesChanged) {
            List<Object> scopes = new ArrayList<>();
            for (ScopeHold h : o.scopeHolds()) {
                Map<String, @Nullable Object> hm = hold(h.hold());
                hm.put("scope", h.scope().toString());
                hm.put("record", h.recordId());
                scopes.add(hm);
            }
            out.put("scopeHolds", scopes);
        }
        out.put("destroyed", o.destroyed());
        m.put("outcome", out);
        return Json.write(m) + "\n";
    }

    private static Map<String, @Nullable Object> hold(RetentionHold h) {
        Map<String, @Nullable Object> hm = new LinkedHashMap<>();
        hm.put("reason", h.reason());
        hm.put("since", h.since().toString());
        hm.put("until", h.until() == null ? null : h.until().toString());
        return hm;
    }

    /**
     * Reads a record file.
     *
     * @param text          the file's text
     * @param auditSequence the sequence of its commit event
     * @return the record and its outcome
     * @throws RuntimeException when the text is not a record file (the caller reports it)
     */
    @SuppressWarnings("unchecked")
    static Kept read(String text, long auditSequence) {
        Map<String, @Nullable Object> m = Json.object(text.strip());
        List<String> subjects = new ArrayList<>();
        for (Object o : list(m, "subjects")) {
            subjects.add((String) requireNonNull(o));
        }
        List<CustodyAction> actions = new ArrayList<>();
        for (Object o : list(m, "actions")) {
            actions.add(CustodyAction.parse((String) requireNonNull(o)));
        }
        CustodyRecord r = new CustodyRecord(str(m, "id"), str(m, "kind"), str(m, "actor"),
                LocalDate.parse(str(m, "date")), Instant.parse(str(m, "time")), subjects, str(m, "body"), actions,
                Digest.parse(str(m, "digest")), auditSequence);
        Map<String, @Nullable Object> out = (Map<String, @Nullable Object>) requireNonNull(m.get("outcome"));
        Map<String, Overlay> items = new LinkedHashMap<>();
        for (Object o : list(out, "items")) {
            Map<String, @Nullable Object> im = (Map<String, @Nullable Object>) requireNonNull(o);
            List<RetentionHold> holds = new ArrayList<>();
            for (Object h : list(im, "holds")) {
                holds.add(holdOf((Map<String, @Nullable Object>) requireNonNull(h)));
            }
            Disposal d = null;
            Object dv = im.get("disposal");
            if (dv != null) {
                Map<String, @Nullable Object> dm = (Map<String, @Nullable Object>) dv;
                d = new Disposal(str(dm, "appraisal"), (String) dm.get("destruction"),
                        date((String) dm.get("destroyedOn")));
            }
            items.put(str(im, "code"), new Overlay(RetentionPeriod.parse(str(im, "period")),
                    date((String) im.get("expiry")), holds, d));
        }
        List<ScopeHold> scopes = null;
        if (out.containsKey("scopeHolds")) {
            scopes = new ArrayList<>();
            for (Object o : list(out, "scopeHolds")) {
                Map<String, @Nullable Object> hm = (Map<String, @Nullable Object>) requireNonNull(o);
                scopes.add(new ScopeHold(HoldScope.parse(str(hm, "scope")), holdOf(hm), str(hm, "record")));
            }
        }
        List<String> destroyed = new ArrayList<>();
        for (Object o : list(out, "destroyed")) {
            destroyed.add((String) requireNonNull(o));
        }
        return new Kept(r, items, scopes, destroyed);
    }

    private static RetentionHold holdOf(Map<String, @Nullable Object> h) {
        return new RetentionHold(str(h, "reason"), LocalDate.parse(str(h, "since")), date((String) h.get("until")));
    }

    private static @Nullable LocalDate date(@Nullable String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, @Nullable Object> m, String k) {
        Object v = m.get(k);
        if (!(v instanceof List)) {
            throw new IllegalArgumentException("missing " + k);
        }
        return (List<Object>) v;
    }

    private static String str(Map<String, @Nullable Object> m, String k) {
        Object v = m.get(k);
        if (!(v instanceof String)) {
            throw new IllegalArgumentException("missing " + k);
        }
        return (String) v;
    }
}
