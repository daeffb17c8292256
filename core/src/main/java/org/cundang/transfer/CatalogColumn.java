package org.cundang.transfer;

/**
 * The columns of {@code catalog.csv}, the 目录 (DA/T 22-2015 5.5.2, V), plus the optional 条目 (schedule entry id).
 * Headers are matched by their Chinese label after trimming spaces and a BOM.
 */
public enum CatalogColumn {
    /** 序号. */
    SERIAL("序号", true),
    /** 档号. */
    CODE("档号", true),
    /** 文号. */
    DOC_NUMBER("文号", true),
    /** 责任者. */
    CREATOR("责任者", true),
    /** 题名. */
    TITLE("题名", true),
    /** 日期 (YYYYMMDD or YYYY-MM-DD). */
    DATE("日期", true),
    /** 密级. */
    CLASSIFICATION("密级", true),
    /** 页数. */
    PAGES("页数", true),
    /** 保管期限. */
    PERIOD("保管期限", true),
    /** 备注. */
    REMARKS("备注", true),
    /** 条目: the retention-schedule entry id (optional). */
    ENTRY("条目", false);

    private final String label;
    private final boolean required;

    CatalogColumn(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    /** The header label, e.g. 档号. */
    public String label() {
        return label;
    }

    /** Whether the column must be present. */
    public boolean required() {
        return required;
    }
}
