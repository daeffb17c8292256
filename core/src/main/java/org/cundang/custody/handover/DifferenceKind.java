package org.cundang.custody.handover;

import java.util.Locale;

/** How what was found differs from the 交接清单. */
public enum DifferenceKind {
    /** 缺失: listed but not found. */
    MISSING("清单有、实物缺", "listed, not found"),
    /** 清单外: found but not listed (and not recorded as destroyed). */
    EXTRA("实物有、清单无", "found, not listed"),
    /** 已销毁: found although the store records its destruction. */
    DESTROYED("已登记销毁、实物仍在", "found, recorded as destroyed"),
    /** 重复: the same 档号 counted more than once. */
    DUPLICATE("重复清点", "counted more than once"),
    /** 状况: found and listed, with a note on its state (damage, missing pages). */
    NOTED("状况备注", "state noted");

    private final String zh;
    private final String en;

    DifferenceKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * @param locale the reader's language, not null
     * @return the label in that language (Chinese unless English is asked for)
     */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : zh;
    }
}
