package health.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the main code is {@code @NullMarked}, which NullAway checks as it compiles (see
 * the compiler plugin in pom.xml): a package without it would be checked by nobody, so a new
 * package is null-marked from its first class.
 */
class NullMarkedTest {

    @Test
    void every_package_is_null_marked() {
        Set<String> unmarked = new TreeSet<>();
        Set<String> packages = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("health.staffing", "db.migration")) {
            packages.add(type.getPackageName());
            if (!type.getPackage().isAnnotatedWith(NullMarked.class)) {
                unmarked.add(type.getPackageName());
            }
        }
        assertThat(packages).as("the packages checked").contains("health.staffing.base", "health.staffing.security",
                "health.staffing.requisitions", "db.migration");
        assertThat(unmarked).as("packages without @NullMarked in their package-info").isEmpty();
    }
}
