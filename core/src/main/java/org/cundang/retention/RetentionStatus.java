package org.cundang.retention;

/**
 * Where an item stands on a date. Expiry leads to appraisal (鉴定, 实施条例 第二十四条, V), never to automatic
 * destruction (DOMAIN.md decision 3): there is deliberately no "to be destroyed" status. {@link #DESTROYED} is only
 * reported by a store for an item whose content was destroyed after an appraisal and a signed 销毁清册; its record
 * remains.
 */
public enum RetentionStatus {
    /** Inside its period: retained through the expiry date. */
    RETAINED,
    /** The period ended (the day after the expiry date or later): the item is due for appraisal (鉴定). */
    DUE_FOR_APPRAISAL,
    /** 永久: kept for ever, never appraised for disposal. */
    PERMANENT,
    /** The count waits for an event that has not been recorded yet (e.g. 固定资产报废清理). */
    AWAITING_EVENT,
    /** A hold is active: the item is not to be appraised for disposal whatever its period says. */
    ON_HOLD,
    /**
     * The content was destroyed after an appraisal and a signed 销毁清册 (issue 8); the metadata record, the list and
     * the certificate remain. Never computed by the retention rules, only reported by a store.
     */
    DESTROYED
}
