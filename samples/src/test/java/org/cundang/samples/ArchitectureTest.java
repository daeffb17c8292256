package org.cundang.samples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The samples use Cundang only through its public API (issue 7). */
@AnalyzeClasses(packages = "org.cundang.samples", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule uses_only_the_public_api = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.cundang.internal..", "org.cundang.*.internal..",
                    "org.cundang.storage.fs..", "org.cundang.storage.jdbc..", "org.cundang.sensors.serial.internal..")
            .as("the CLI and the embedding examples use only public API, never internal packages or adapter internals");
}
