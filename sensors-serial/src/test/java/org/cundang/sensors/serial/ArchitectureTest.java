package org.cundang.sensors.serial;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering rules of {@code org.cundang.sensors.serial}. */
@AnalyzeClasses(packages = "org.cundang.sensors.serial", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule depends_only_on_its_allowed_layers = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.cundang..", "java..", "org.jspecify..", "org.slf4j..", "com.fazecast..",
                    "com.fasterxml.jackson..")
            .as("sensors-serial depends only on the SPI, core, the JDK, SLF4J, jSerialComm and Jackson (device profiles)");

    @ArchTest
    static final ArchRule jserialcomm_only_in_internal = noClasses()
            .that().resideOutsideOfPackage("org.cundang.sensors.serial.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fazecast..", "com.fasterxml.jackson.annotation..")
            .as("jSerialComm is wrapped in the internal package; no jSerialComm type in the public API");

    @ArchTest
    static final ArchRule public_api_does_not_expose_internal_types = com.tngtech.archunit.lang.syntax.ArchRuleDefinition
            .methods().that().arePublic().and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.not(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("..internal..")))
            .as("public methods return no internal type");

    @ArchTest
    static final ArchRule no_static_mutable_state = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
            .that().areStatic().should().beFinal()
            .as("no static mutable state");

    @ArchTest
    static final ArchRule uses_no_internal_package_of_another_module = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.cundang.internal..")
            .as("internal packages of core are used only inside core");
}
