package crashy.preview.exr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The reader could be published on its own: it uses only the JDK, TwelveMonkeys' core and JSpecify. */
class ExrPackageIndependenceTest {

    @Test
    void theReaderDependsOnNothingElseInCrashy() {
        classes()
                .that()
                .resideInAPackage("crashy.preview.exr..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "javax..", "org.jspecify..", "com.twelvemonkeys..", "crashy.preview.exr..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("crashy.preview.exr"));
    }
}
