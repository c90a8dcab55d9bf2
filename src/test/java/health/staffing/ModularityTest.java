package health.staffing;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps package-by-feature honest: features use each other's root package (API) only. */
class ModularityTest {

    @Test
    void features_only_use_each_others_published_api() {
        ApplicationModules.of(Application.class).verify();
    }
}
