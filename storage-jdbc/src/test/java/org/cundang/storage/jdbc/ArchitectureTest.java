package org.cundang.storage.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of {@code org.cundang.storage.jdbc}. */
@AnalyzeClasses(packages = "org.cundang.storage.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule depends_only_on_its_allowed_layers = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.cundang..", "java..", "javax.sql..", "org.jspecify..", "org.slf4j..", "org.flywaydb..", "com.zaxxer..", "javax.sql..",
                    "org.postgresql..")
            .as("storage-jdbc depends only on the SPI, core, JDBC, Flyway, HikariCP, SLF4J and pgjdbc's COPY API");

    @ArchTest
    static final ArchRule only_copy_rows_and_the_store_touch_pgjdbc = noClasses()
            .that().doNotHaveSimpleName("CopyRows").and().doNotHaveSimpleName("JdbcArchiveStore")
            .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..")
            .as("the PostgreSQL driver's own API is used only for COPY (CopyRows, called from the accept path)");

    @ArchTest
    static final ArchRule uses_no_internal_package_of_another_module = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.cundang.internal..")
            .as("internal packages of core are used only inside core");
}
