/**
 * Cundang core: domain values and rules for village archives kept under 村档乡管.
 *
 * <p>No JDBC, no serial ports, no network and no logging: rules return findings.
 */
module org.cundang.core {
    requires static org.jspecify;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.databind;
    requires org.hibernate.validator;

    // transfer: BouncyCastle's lightweight SM3Digest (no JCA provider), PDFBox for PDF page counts, StAX for OFD.
    requires org.bouncycastle.provider;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires java.xml;

    exports org.cundang;

    // 档号, templates, 门类代码, 件号 sequences.
    exports org.cundang.code;

    // 保管期限 and retention evaluation.
    exports org.cundang.retention;

    // Retention schedules (归档范围和保管期限表).
    exports org.cundang.schedule;

    // Catalogue entries (目录条目).
    exports org.cundang.catalog;
    exports org.cundang.arrange;

    // Custody rules: appraisal decisions, destruction-list checks (issue 8, first slice).
    exports org.cundang.custody;
    // Custody workflows (issue 8): the 查阅利用 register and 离任交接.
    exports org.cundang.custody.access;
    exports org.cundang.custody.handover;
    // The township's yearly work: collection checklist, township/city overview, inspection sheet (issue 8).
    exports org.cundang.custody.overview;

    // Repository climate: room profiles, readings, compliance and risk assessment, protection checklist.
    exports org.cundang.environment;

    // Digests (SM3, SHA-256) with their algorithm id.
    exports org.cundang.digest;

    // Transfer packages (BagIt) and transfer validation.
    exports org.cundang.transfer;

    // Hibernate Validator reads constraint annotations and property values reflectively.
    opens org.cundang.catalog to org.hibernate.validator;
    opens org.cundang.internal.validation to org.hibernate.validator;
    // Jackson binds the schedule data files to internal records.
    opens org.cundang.internal.json to com.fasterxml.jackson.databind;
}
