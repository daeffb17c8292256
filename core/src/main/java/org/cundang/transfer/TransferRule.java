package org.cundang.transfer;

/**
 * The stable ids of the transfer checks (issue 3), each with its 四性 dimension, source and level. The ids are
 * permanent: reports and JSON consumers key on them.
 */
public enum TransferRule {
    /** bagit.txt, bag-info.txt (Cundang profile fields), manifests present and well formed. */
    BAG_STRUCTURE(FourProperty.AUTHENTICITY, "RFC 8493; DA/T 70-2018", "§2; 信息包结构 (S)", RuleLevel.MUST),
    /** Every manifest entry exists, every payload file is in every payload manifest, Payload-Oxum agrees. */
    COMPLETENESS(FourProperty.INTEGRITY, "RFC 8493; DA/T 70-2018", "§3; 总件数/总字节数 (S)", RuleLevel.MUST),
    /** Every digest recomputed and compared (SHA-256, SM3). */
    FIXITY(FourProperty.AUTHENTICITY, "DA/T 70-2018; GB/T 32905-2016", "5.2.1.1 固化信息有效性 (S)", RuleLevel.MUST),
    /** No entry escapes the package (.., absolute paths, links, devices). */
    PATH_SAFETY(FourProperty.SECURITY, "RFC 8493", "§2.1.3, §4 (security)", RuleLevel.MUST),
    /** Required columns, valid rows, encodings, dates. */
    CATALOG_FORMAT(FourProperty.AUTHENTICITY, "DA/T 22-2015", "5.5.2 (V)", RuleLevel.MUST),
    /** Each 档号 parses and agrees with its row. */
    CODE_FORMAT(FourProperty.AUTHENTICITY, "DA/T 22-2015; DA/T 13-2022", "5.4.2 (V)", RuleLevel.MUST),
    /** No gaps or duplicates in 件号 per scope. */
    CODE_SEQUENCE(FourProperty.INTEGRITY, "DA/T 22-2015", "5.4.1, 5.4.3 e) (V)", RuleLevel.MUST),
    /** Catalogue and scans one to one. */
    CATALOG_FILE_MATCH(FourProperty.INTEGRITY, "DA/T 31-2017", "11.2, 12.2 (S)", RuleLevel.MUST),
    /** Pages in the scan equal 页数 in the catalogue. */
    PAGE_COUNT(FourProperty.INTEGRITY, "DA/T 31-2017", "10.5.2, 11.2 (S)", RuleLevel.MUST),
    /** Format identified by content; long-term formats; not encrypted, damaged or executable. */
    FORMAT(FourProperty.USABILITY, "DA/T 31-2017; DA/T 70-2018", "9.5 (S); 可用性/安全性 (S)", RuleLevel.MUST),
    /** Scan resolution at or above the digitisation profile. */
    RESOLUTION(FourProperty.USABILITY, "DA/T 31-2017", "9.4 (S)", RuleLevel.MUST),
    /** Scan colour mode meets the digitisation profile. */
    COLOUR_MODE(FourProperty.USABILITY, "DA/T 31-2017", "9.3 (S)", RuleLevel.SHOULD),
    /** The catalogue's 保管期限 is not shorter than the schedule entry's. */
    RETENTION_MINIMUM(FourProperty.AUTHENTICITY, "国家档案局令第8号", "第六条, 第十二条 (V)", RuleLevel.MUST),
    /** Items that must be digitised have scans. */
    DIGITIZATION_REQUIRED(FourProperty.INTEGRITY, "DA/T 31-2017; 村档乡管 policy", "scope (S)", RuleLevel.MUST),
    /** Entries filed every year are present (应收尽收). */
    MANDATORY_ITEMS(FourProperty.INTEGRITY, "村级档案管理办法", "第七条 (V)", RuleLevel.SHOULD);

    private final FourProperty dimension;
    private final String standard;
    private final String clause;
    private final RuleLevel level;

    TransferRule(FourProperty dimension, String standard, String clause, RuleLevel level) {
        this.dimension = dimension;
        this.standard = standard;
        this.clause = clause;
        this.level = level;
    }

    /** The 四性 dimension. */
    public FourProperty dimension() {
        return dimension;
    }

    /** The standard or regulation the rule comes from. */
    public String standard() {
        return standard;
    }

    /** The clause, with DOMAIN.md's confidence tag. */
    public String clause() {
        return clause;
    }

    /** MUST or SHOULD. */
    public RuleLevel level() {
        return level;
    }
}
