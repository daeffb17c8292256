package org.cundang.code;

/**
 * The kinds of part a {@link CodeTemplate} is made of. DA/T 22-2015 5.4.2 uses 全宗号, 门类代码, 年度, 保管期限,
 * 机构(问题)代码 and 件号; the legacy 卷-style 档号 uses 全宗号, 目录号, 案卷号 and a 顺序号 (an {@link #ITEM} part).
 */
public enum PartKind {
    /** 全宗号: letters and digits, e.g. {@code Z109}, {@code J001}, {@code 0134}. */
    FONDS("全宗号", "fonds number"),
    /** 门类代码 with its sub-levels, e.g. {@code WS}, {@code KJ·JJ}. */
    CATEGORY("门类代码", "category code"),
    /** 年度: four digits. */
    YEAR("年度", "year"),
    /** 保管期限 code: {@code Y}, {@code D30}, {@code D10}. */
    PERIOD("保管期限", "retention period"),
    /** 机构(问题)代码, e.g. {@code BGS} (办公室) or {@code 001}; optional in DA/T 22-2015. */
    ORG("机构（问题）代码", "unit (subject) code"),
    /** 目录号 of a legacy 卷-style code. */
    CATALOGUE("目录号", "catalogue number"),
    /** 案卷号 of a legacy 卷-style code. */
    VOLUME("案卷号", "file number"),
    /** 件号 (or the 顺序号 of a legacy code): the number inside the sequence scope; always the last part. */
    ITEM("件号", "item number");

    private final String label;
    private final String labelEn;

    PartKind(String label, String labelEn) {
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The Chinese name of the part, e.g. 全宗号. */
    public String label() {
        return label;
    }

    /** The English name of the part. */
    public String labelEn() {
        return labelEn;
    }
}
