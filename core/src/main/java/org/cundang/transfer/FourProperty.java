package org.cundang.transfer;

/**
 * The four properties a receiving archive tests (四性检测: 档案法 第三十九条, 实施条例 第四十条第二款, V;
 * DA/T 70-2018, S).
 */
public enum FourProperty {
    /** 真实性: the content is what it claims to be (digests, metadata correctness). */
    AUTHENTICITY("真实性"),
    /** 完整性: nothing is missing (counts, mandatory items, continuity). */
    INTEGRITY("完整性"),
    /** 可用性: the content can be read (formats, decodability, scan quality). */
    USABILITY("可用性"),
    /** 安全性: the package holds nothing harmful (executables, escapes out of the package). */
    SECURITY("安全性");

    private final String zh;

    FourProperty(String zh) {
        this.zh = zh;
    }

    /** The Chinese name, e.g. 真实性. */
    public String zh() {
        return zh;
    }
}
