package org.cundang.arrange;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * How boxes are filled: the spine thicknesses on offer, whether one is fixed, how thick a sheet is, how many pages a
 * sheet carries, how full a box may get, and how 盒号 are counted.
 *
 * <p>Defaults (see {@code docs/paper.md}): spines 20, 30, 40 and 50 mm (DA/T 22-2015 6.4, S); no fixed spine: each
 * box is filled up to the thickest spine and then given the thinnest spine that holds its contents; 0.1 mm per sheet
 * (80 g/m² office paper is about 0.1 mm, R); one page per sheet (single-sided, the safe side: 页数 counts pages with
 * content, DA/T 22-2015 5.5.2, and a double-sided sheet gives two); boxes filled to 90 % of the spine (R: room to
 * take items out); 盒号 counted from 1 in each class (年度, 保管期限, 机构/问题; R, practice varies).
 *
 * <p>Immutable; change with the {@code withX} methods.
 */
public final class BoxingRules {

    /** How 盒号 are counted. */
    public enum Numbering {
        /** From 1 in each class (全宗, 门类, 年度, 保管期限, 机构/问题). */
        PER_CLASS,
        /** From 1 across the whole run, in 档号 order. */
        CONTINUOUS
    }

    private final List<Integer> spines;
    private final int fixedSpine;
    private final int sheetMicrons;
    private final int pagesPerSheet;
    private final int fillPercent;
    private final Numbering numbering;

    private BoxingRules(List<Integer> spines, int fixedSpine, int sheetMicrons, int pagesPerSheet, int fillPercent,
                        Numbering numbering) {
        this.spines = spines;
        this.fixedSpine = fixedSpine;
        this.sheetMicrons = sheetMicrons;
        this.pagesPerSheet = pagesPerSheet;
        this.fillPercent = fillPercent;
        this.numbering = numbering;
    }

    /** The defaults described above. */
    public static BoxingRules defaults() {
        return new BoxingRules(List.of(20, 30, 40, 50), 0, 100, 1, 90, Numbering.PER_CLASS);
    }

    /** The spine thicknesses on offer, in millimetres, ascending. */
    public List<Integer> spines() {
        return spines;
    }

    /** The fixed spine thickness, or empty when each box gets the thinnest spine that holds it. */
    public OptionalInt fixedSpine() {
        return fixedSpine == 0 ? OptionalInt.empty() : OptionalInt.of(fixedSpine);
    }

    /** The thickness of one sheet, in micrometres. */
    public int sheetMicrons() {
        return sheetMicrons;
    }

    /** Pages per sheet: 1 (single-sided) or 2 (double-sided). */
    public int pagesPerSheet() {
        return pagesPerSheet;
    }

    /** How full a box may get, in percent of its spine. */
    public int fillPercent() {
        return fillPercent;
    }

    /** How 盒号 are counted. */
    public Numbering numbering() {
        return numbering;
    }

    /**
     * The spine thicknesses on offer.
     *
     * @param mm thicknesses in millimetres, each 1 to 500, not null, not empty
     * @return new rules (a fixed spine not on offer is dropped)
     * @throws ArrangeException CD-3101 when the list is empty or a value is out of range
     */
    public BoxingRules withSpines(List<Integer> mm) {
        requireNonNull(mm, "mm");
        TreeSet<Integer> set = new TreeSet<>();
        for (Integer v : mm) {
            if (v == null || v < 1 || v > 500) {
                throw ArrangeException.badRules("盒脊厚度/spine", String.valueOf(v));
            }
            set.add(v);
        }
        if (set.isEmpty()) {
            throw ArrangeException.badRules("盒脊厚度/spines", "[]");
        }
        return new BoxingRules(List.copyOf(set), set.contains(fixedSpine) ? fixedSpine : 0, sheetMicrons,
                pagesPerSheet, fillPercent, numbering);
    }

    /**
     * Fixes the spine thickness of every box.
     *
     * @param mm one of {@link #spines()}, or 0 for the thinnest spine that holds each box
     * @return new rules
     * @throws ArrangeException CD-3101 when the thickness is not on offer
     */
    public BoxingRules withFixedSpine(int mm) {
        if (mm != 0 && !spines.contains(mm)) {
            throw ArrangeException.badRules("盒脊厚度/spine " + spines, mm + " mm");
        }
        return new BoxingRules(spines, mm, sheetMicrons, pagesPerSheet, fillPercent, numbering);
    }

    /**
     * The thickness of one sheet.
     *
     * @param microns 10 to 2000 micrometres
     * @return new rules
     * @throws ArrangeException CD-3101 when out of range
     */
    public BoxingRules withSheetMicrons(int microns) {
        if (microns < 10 || microns > 2000) {
            throw ArrangeException.badRules("纸张厚度/sheet µm", String.valueOf(microns));
        }
        return new BoxingRules(spines, fixedSpine, microns, pagesPerSheet, fillPercent, numbering);
    }

    /**
     * Pages per sheet.
     *
     * @param pages 1 (single-sided) or 2 (double-sided)
     * @return new rules
     * @throws ArrangeException CD-3101 otherwise
     */
    public BoxingRules withPagesPerSheet(int pages) {
        if (pages != 1 && pages != 2) {
            throw ArrangeException.badRules("每张页数/pages per sheet", String.valueOf(pages));
        }
        return new BoxingRules(spines, fixedSpine, sheetMicrons, pages, fillPercent, numbering);
    }

    /**
     * How full a box may get.
     *
     * @param percent 10 to 100
     * @return new rules
     * @throws ArrangeException CD-3101 when out of range
     */
    public BoxingRules withFillPercent(int percent) {
        if (percent < 10 || percent > 100) {
            throw ArrangeException.badRules("装盒比例/fill %", String.valueOf(percent));
        }
        return new BoxingRules(spines, fixedSpine, sheetMicrons, pagesPerSheet, percent, numbering);
    }

    /**
     * How 盒号 are counted.
     *
     * @param value not null
     * @return new rules
     */
    public BoxingRules withNumbering(Numbering value) {
        return new BoxingRules(spines, fixedSpine, sheetMicrons, pagesPerSheet, fillPercent,
                requireNonNull(value, "value"));
    }

    /**
     * The thickness of an item, in micrometres.
     *
     * @param pages 页数, at least 0
     * @return sheets × sheet thickness
     */
    public long thicknessMicrons(long pages) {
        long sheets = (Math.max(0, pages) + pagesPerSheet - 1) / pagesPerSheet;
        return sheets * sheetMicrons;
    }

    /**
     * What a box of the given spine may hold, in micrometres.
     *
     * @param spineMm the spine thickness in millimetres
     * @return spine × fill
     */
    public long capacityMicrons(int spineMm) {
        return spineMm * 1000L * fillPercent / 100;
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
        if (!(o instanceof BoxingRules)) {
            return false;
        }
        BoxingRules r = (BoxingRules) o;
        return spines.equals(r.spines) && fixedSpine == r.fixedSpine && sheetMicrons == r.sheetMicrons
                && pagesPerSheet == r.pagesPerSheet && fillPercent == r.fillPercent && numbering == r.numbering;
    }

    @Override
    public int hashCode() {
        return Objects.hash(spines, fixedSpine, sheetMicrons, pagesPerSheet, fillPercent, numbering);
    }

    @Override
    public String toString() {
        return "BoxingRules[spines=" + spines + ", fixed=" + fixedSpine + ", sheet=" + sheetMicrons + "µm, pages/sheet="
                + pagesPerSheet + ", fill=" + fillPercent + "%, numbering=" + numbering + "]";
    }
}
