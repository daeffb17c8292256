package org.cundang.storage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of the storage API and SPI (issue 4). */
@AnalyzeClasses(packages = "org.cundang.storage", importOptions = ImportOption.DoNotIncludeTests.class)
class StorageArchitectureTest {

    @ArchTest
    static final ArchRule depends_only_on_core_and_the_jdk = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.cundang..", "java..", "org.jspecify..")
            .as("the storage API depends only on core and the JDK");

    @ArchTest
    static final ArchRule no_adapter_types_leak = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.fazecast..",
                    "java.nio.file..")
            .as("no java.sql or java.nio.file in the storage API (STYLE.md anti-patterns)");

    @ArchTest
    static final ArchRule uses_no_internal_package_of_core = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.cundang.internal..")
            .as("internal packages of core are used only inside core");

    @ArchTest
    static final ArchRule no_static_mutable_state = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
            .should().beStatic().andShould().notBeFinal()
            .as("no static mutable state (no global registry of stores)");
}
