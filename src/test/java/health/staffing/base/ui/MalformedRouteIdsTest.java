package health.staffing.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import health.staffing.ViewTest;
import health.staffing.shell.NotFoundView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An id no record has, or one too large for a number, shows the portal's "not available" page,
 * never an exception page (it once showed Vaadin's navigation error with a stack trace).
 */
@ViewTest
@WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
class MalformedRouteIdsTest extends SpringBrowserlessTest {

    @Test
    void unknown_and_overlong_ids_show_the_not_available_page() {
        for (String path : List.of("requisitions/999999", "requisitions/999999/edit", "requisitions/99999999999999999999",
                "requisitions/99999999999999999999/edit", "reviews/99999999999999999999", "reviews/999999",
                "candidates/99999999999999999999", "candidates/999999")) {
            Component shown = navigate(path, Component.class);

            assertThat(shown).as(path).isInstanceOf(NotFoundView.class);
        }
    }

    @Test
    void the_route_ids_parse_only_what_fits_a_number() {
        assertThat(RouteIds.parse("42")).contains(42L);
        assertThat(RouteIds.parse("99999999999999999999")).isEmpty();
    }
}
