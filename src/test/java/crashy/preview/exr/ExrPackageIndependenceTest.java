package crashy.preview.exr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The reader could be published on its own: it uses only the JDK, TwelveMonkeys' core and JSpecify, and JNA in the
 * one class that binds libdeflate, which is loaded only on request ({@link Libdeflate#load}).
 */
class ExrPackageIndependenceTest {
    private static final JavaClasses READER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("crashy.preview.exr");

    @Test
    void theReaderDependsOnNothingElseInCrashy() {
        classes()
                .that()
                .resideInAPackage("crashy.preview.exr..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax..",
                        "org.jspecify..",
                        "com.twelvemonkeys..",
                        "com.sun.jna..",
                        "crashy.preview.exr..")
                .check(READER);
    }

    @Test
    void onlyTheLibdeflateBindingUsesJna() {
        noClasses()
                .that()
                .haveNameNotMatching(LibdeflateSession.class.getName().replace(".", "\\.") + "(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.sun.jna..")
                .check(READER);
    }
}
