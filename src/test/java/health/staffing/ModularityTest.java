package health.staffing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps package-by-feature honest: features use each other's root package (API) only. */
class ModularityTest {

    private static final String[] FEATURES = {"health.staffing.security..", "health.staffing.people..",
            "health.staffing.orgchart..", "health.staffing.requisitions..", "health.staffing.candidates..",
            "health.staffing.approvals..", "health.staffing.notifications..", "health.staffing.home..",
            "health.staffing.demo..", "health.staffing.shell..", "health.staffing.jobalerts..",
            "health.staffing.insight.."};

    private static final String[] CANDIDATE_SUB_MODULES = {"candidates.interviews", "candidates.messages", "candidates.offers", "candidates.referrals", "candidates.scorecards",
            "candidates.review", "candidates.screening"};

    @Test
    void features_only_use_each_others_published_api() {
        ApplicationModules.of(Application.class).verify();
    }

    /**
     * The candidates feature is split into nested modules: each one's root package is its API and its
     * sub-packages are internal, and the parent may not depend on them (its allowed dependencies
     * do not list them), so {@code verify()} above holds those lines too — if they are still modules.
     */
    @Test
    void the_candidates_sub_modules_are_nested_in_candidates() {
        ApplicationModules modules = ApplicationModules.of(Application.class);
        ApplicationModule candidates = modules.getModuleByName("candidates").orElseThrow();
        assertThat(modules.getNestedModules(candidates)).extracting(m -> m.getIdentifier().toString())
                .containsExactlyInAnyOrder(CANDIDATE_SUB_MODULES);
    }

    /** base is open to every feature, so it must know none of them (the shell is where they meet). */
    @Test
    void the_base_depends_on_no_feature() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("health.staffing");
        noClasses().that().resideInAPackage("health.staffing.base..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES).check(classes);
    }
}
