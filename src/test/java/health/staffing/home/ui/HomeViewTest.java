package health.staffing.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import health.staffing.ViewTest;
import health.staffing.approvals.ApprovalService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.JobBoardService;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    ApprovalService approvals;
    @Autowired
    JobBoardService board;

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_is_greeted_by_name_with_position_and_sees_the_vacancies() {
        navigate(HomeView.class);

        assertThat($(H2.class).id("greeting").getText()).endsWith(", Jordan");
        assertThat($(Div.class).id("role-badges").getElement().getTextRecursively()).isEqualTo("Caregiver");
        assertThat(text("stat-organisations")).startsWith("4");
        @SuppressWarnings("unchecked")
        Grid<PositionSummary> vacancies = $(Grid.class).id("vacancies");
        assertThat(test(vacancies).size()).isGreaterThanOrEqualTo(6);
        assertThat(test(vacancies).getRow(0).vacant()).isTrue();
        assertThat($(Grid.class).withId("recent-activity").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_also_sees_the_recent_activity_of_the_audit_trail() {
        navigate(HomeView.class);

        assertThat($(H2.class).id("greeting").getText()).endsWith(", Sam");
        Grid<?> activity = $(Grid.class).id("recent-activity");
        assertThat(test(activity).size()).isPositive();
        assertThat(test(activity).getCellText(0, 1)).isNotBlank();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void selecting_a_vacancy_opens_it_in_the_org_chart() {
        navigate(HomeView.class);
        @SuppressWarnings("unchecked")
        Grid<PositionSummary> vacancies = $(Grid.class).id("vacancies");
        String code = test(vacancies).getRow(0).code();

        test(vacancies).clickRow(0);

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("org-chart?position=" + code);
    }

    @Test
    void greeting_follows_the_time_of_day() {
        assertThat(HomeView.partOfDay(LocalTime.of(8, 0))).isEqualTo("Good morning");
        assertThat(HomeView.partOfDay(LocalTime.of(13, 0))).isEqualTo("Good afternoon");
        assertThat(HomeView.partOfDay(LocalTime.of(19, 30))).isEqualTo("Good evening");
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @WithMockUser(username = "finance", roles = {"FINANCE", "CAREGIVER"})
    void an_approver_sees_the_decisions_waiting_and_the_open_roles() {
        navigate(HomeView.class);

        // Demo data: the behavioral health integration seat waits for finance; the seed postings are live.
        assertThat(approvals.inboxCount()).isPositive();
        assertThat(text("queue-decisions")).isEqualTo(approvals.inboxCount() + "Decisions waiting for you");
        assertThat(text("queue-jobs")).isEqualTo(board.countLivePostings() + "Open leadership roles");
        assertThat($(Div.class).withId("queue-pending").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_sees_only_the_open_roles_in_the_work_queue() {
        navigate(HomeView.class);

        assertThat($(Div.class).withId("queue-decisions").exists()).isFalse();
        assertThat(board.countLivePostings()).isGreaterThanOrEqualTo(5);
        assertThat(text("queue-jobs")).isEqualTo(board.countLivePostings() + "Open leadership roles");
    }
}
