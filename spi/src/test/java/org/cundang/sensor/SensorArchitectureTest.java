package org.cundang.sensor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of the sensor API and SPI ({@code org.cundang.sensor..}), as for {@code org.cundang.spi}. */
@AnalyzeClasses(packages = "org.cundang.sensor", importOptions = ImportOption.DoNotIncludeTests.class)
class SensorArchitectureTest {

    @ArchTest
    static final ArchRule depends_only_on_its_allowed_layers = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.cundang..", "java..", "org.jspecify..", "org.slf4j..")
            .as("the sensor API depends only on core, the JDK and SLF4J");

    @ArchTest
    static final ArchRule no_adapter_types_leak = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "com.fazecast..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Path")
            .as("no java.sql, java.nio.file.Path or com.fazecast in the sensor SPI");

    @ArchTest
    static final ArchRule spi_holds_no_implementation = classes()
            .that().resideInAPackage("org.cundang.sensor.spi").should().beInterfaces()
            .as("the spi package holds interfaces only (STYLE.md anti-pattern: implementations in an SPI package)");

    @ArchTest
    static final ArchRule no_static_mutable_state = fields().that().areStatic().should().beFinal()
            .as("no static mutable state");

    @ArchTest
    static final ArchRule uses_no_internal_package_of_core = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.cundang.internal..")
            .as("internal packages of core are used only inside core");
}
