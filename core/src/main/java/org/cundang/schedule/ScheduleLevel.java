package org.cundang.schedule;

/**
 * The level of the body that issues a schedule layer. A national table is the base; province, county, township
 * and unit tables are overlays (DOMAIN.md decision 1; 档案法实施条例 第十九条第二款: each unit has its own table
 * approved, V).
 */
public enum ScheduleLevel {
    /** National (国家): regulations such as 令第79号 附表1 or 令第18号's annex. */
    NATIONAL,
    /** Province (省). */
    PROVINCE,
    /** County or county-level city (县、县级市), e.g. a 村级文件材料归档范围 table under 村级档案管理办法 第七条. */
    COUNTY,
    /** Township or street (乡镇、街道). */
    TOWNSHIP,
    /** A single unit (立档单位). */
    UNIT
}
