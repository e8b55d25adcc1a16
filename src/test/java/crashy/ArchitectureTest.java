package crashy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md §1, checked on the compiled production classes. */
class ArchitectureTest {
    private static final JavaClasses CRASHY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("crashy");

    @Test
    void jobUsesOnlyTheJdk() {
        check(classes()
                .that()
                .resideInAPackage("crashy.job..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", "crashy.job.."));
    }

    @Test
    void summariesUseOnlyJobsTheJdkAndSpringsComponentAndJdbcClient() {
        check(classes()
                .that()
                .resideInAPackage("crashy.summary")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax.sql..",
                        "org.jspecify..",
                        "org.slf4j..",
                        "crashy.job..",
                        "crashy.summary",
                        "org.springframework.stereotype..",
                        "org.springframework.jdbc.core.simple.."));
    }

    @Test
    void nothingDependsOnAChatPlatform() {
        check(noClasses()
                .that()
                .resideOutsideOfPackage("crashy.chat..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("crashy.chat.."));
    }

    @Test
    void theSimulatorStandsAloneLikeTheServiceItFakes() {
        check(noClasses()
                .that()
                .resideInAPackage("crashy.simulator..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "crashy.job..",
                        "crashy.farm..",
                        "crashy.command..",
                        "crashy.notification..",
                        "crashy.chat..",
                        "crashy.cli.."));
    }

    @Test
    void onlyTheDeadlineAdapterAndTheCommandLineKnowDeadlinesApi() {
        check(noClasses()
                .that()
                .resideOutsideOfPackages("crashy.farm.deadline..", "crashy.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("crashy.farm.deadline.."));
    }

    @Test
    void librariesStayInTheirAdapters() {
        check(noClasses()
                .that()
                .resideOutsideOfPackage("crashy.chat.discord..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("net.dv8tion.."));
        check(noClasses()
                .that()
                .resideOutsideOfPackage("crashy.chat.telegram..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.telegram.."));
        check(noClasses()
                .that()
                .resideOutsideOfPackage("crashy.summary.openai..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.openai.."));
    }

    @Test
    void commandsDoNotKnowAboutChatPlatformsOrTheFarmsProtocol() {
        check(noClasses()
                .that()
                .resideInAPackage("crashy.command..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("crashy.chat..", "crashy.farm.deadline..", "com.fasterxml.."));
    }

    @Test
    void packagesHaveNoCycles() {
        check(slices().matching("crashy.(*)..").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        rule.check(CRASHY);
    }
}
