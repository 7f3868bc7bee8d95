package dev.itam.m365.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the plugin's feature packages a graph without cycles, so each can be read, tested and changed
 * knowing only what it depends on; and keeps the kernel of tasks ignorant of the tasks it runs.
 */
class FeaturePackagesTest {

    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.itam.m365");

    @Test
    void featurePackagesDependOnEachOtherOneWayOnly() {
        slices().matching("dev.itam.m365.(*)..").should().beFreeOfCycles().check(PLUGIN);
    }

    @Test
    void rolesInsideAFeatureDependOnEachOtherOneWayOnly() {
        slices().matching("dev.itam.m365.(*).(*)..").should().beFreeOfCycles().check(PLUGIN);
    }

    @Test
    void theTaskKernelKnowsNoFeatureWhoseTasksItRuns() {
        noClasses()
                .that()
                .resideInAPackage("dev.itam.m365.tasks..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.itam.m365.importing..",
                        "dev.itam.m365.compliance..",
                        "dev.itam.m365.licensing..",
                        "dev.itam.m365.portal..")
                .check(PLUGIN);
    }
}
