package org.cundang.spi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of {@code org.cundang.spi}. */
@AnalyzeClasses(packages = "org.cundang.spi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule depends_only_on_its_allowed_layers = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.cundang..", "java..", "org.jspecify..", "org.slf4j..")
            .as("spi depends only on core, the JDK and SLF4J");

    @ArchTest
    static final ArchRule no_adapter_types_leak_through_the_spi = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.fazecast..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Path")
            .as("no java.sql, java.nio.file.Path or com.fazecast in the SPI");

    @ArchTest
    static final ArchRule uses_no_internal_package_of_another_module = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.cundang.internal..")
            .as("internal packages of core are used only inside core");
}
