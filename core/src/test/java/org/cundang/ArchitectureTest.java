package org.cundang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/** The layering rules of {@code core} (issue 2, STYLE.md "Anti-patterns"). */
@AnalyzeClasses(packages = "org.cundang", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_depends_on_no_other_module = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.cundang.spi..", "org.cundang.storage..", "org.cundang.sensors..", "org.cundang.samples..")
            .as("core depends on no other Cundang module");

    @ArchTest
    static final ArchRule no_jdbc_network_or_serial = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "java.net..",
                    "com.fazecast..")
            .as("core imports no java.sql, java.net or com.fazecast");

    @ArchTest
    static final ArchRule no_logging_in_rules = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "java.util.logging..")
            .as("core rules return findings; they do not log");

    @ArchTest
    static final ArchRule no_jackson_outside_the_json_package = noClasses()
            .that().resideOutsideOfPackage("org.cundang.internal.json..")
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
            .as("Jackson is used only in org.cundang.internal.json; domain types carry no Jackson annotations");

    @ArchTest
    static final ArchRule public_api_does_not_expose_internal = noClasses()
            .that().resideOutsideOfPackage("org.cundang.internal..")
            .and().arePublic()
            .should(exposeInternalTypesInPublicSignatures())
            .as("no public API type exposes an internal type in a public signature");

    @ArchTest
    static final ArchRule no_static_mutable_state = fields()
            .that(areStaticAndNotSynthetic())
            .should(beFinalAndOfImmutableType())
            .as("no static mutable state in core");

    private static final Set<String> MUTABLE_TYPES = Set.of(
            "java.util.ArrayList", "java.util.LinkedList", "java.util.HashMap", "java.util.LinkedHashMap",
            "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.EnumMap", "java.util.concurrent.ConcurrentHashMap", "java.lang.StringBuilder",
            "java.util.concurrent.atomic.AtomicInteger", "java.util.concurrent.atomic.AtomicLong",
            "java.util.concurrent.atomic.AtomicReference", "java.util.Date", "java.util.Calendar");

    private static DescribedPredicate<JavaField> areStaticAndNotSynthetic() {
        return DescribedPredicate.describe("are static and not synthetic", f ->
                f.getModifiers().contains(JavaModifier.STATIC) && !f.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !f.getOwner().isEnum() || (f.getModifiers().contains(JavaModifier.STATIC)
                        && f.getOwner().isEnum() && !f.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !f.getModifiers().contains(JavaModifier.ENUM)));
    }

    private static ArchCondition<JavaField> beFinalAndOfImmutableType() {
        return new ArchCondition<>("be final and not of an array or mutable collection type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                JavaClass type = field.getRawType();
                boolean bad = !field.getModifiers().contains(JavaModifier.FINAL)
                        || type.isArray() || MUTABLE_TYPES.contains(type.getName());
                if (bad) {
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is static mutable state"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> exposeInternalTypesInPublicSignatures() {
        return new ArchCondition<>("expose internal types in public signatures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getMethods().stream()
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)
                                || m.getModifiers().contains(JavaModifier.PROTECTED))
                        .forEach(m -> {
                            boolean leaks = isInternal(m.getRawReturnType())
                                    || m.getRawParameterTypes().stream().anyMatch(ArchitectureTest::isInternal);
                            if (leaks) {
                                events.add(SimpleConditionEvent.satisfied(m, m.getFullName() + " exposes an internal type"));
                            }
                        });
                c.getConstructors().stream()
                        .filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC)
                                || k.getModifiers().contains(JavaModifier.PROTECTED))
                        .filter(k -> k.getRawParameterTypes().stream().anyMatch(ArchitectureTest::isInternal))
                        .forEach(k -> events.add(SimpleConditionEvent.satisfied(k,
                                k.getFullName() + " exposes an internal type")));
            }
        };
    }

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().startsWith("org.cundang.internal")
                || type.getPackageName().contains(".internal.") || type.getPackageName().endsWith(".internal");
    }
}
