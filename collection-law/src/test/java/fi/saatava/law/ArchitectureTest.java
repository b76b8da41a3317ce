package fi.saatava.law;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** collection-law is a pure library: no framework may leak in (issue 3, architecture.md). */
@AnalyzeClasses(packages = "fi.saatava.law", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noSpring = noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule noCamunda = noClasses().should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "io.camunda..");

    @ArchTest
    static final ArchRule onlyTheJdk = noClasses().should().dependOnClassesThat()
            .resideOutsideOfPackages("fi.saatava.law..", "java..");
}
