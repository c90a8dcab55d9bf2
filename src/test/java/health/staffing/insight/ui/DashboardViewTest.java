package health.staffing.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.orgchart.SeatRequisitions;
import jakarta.persistence.EntityManager;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.review.ReviewNarrowing;
import health.staffing.candidates.ApplicationStage;
import health.staffing.insight.DashboardFilter;
import health.staffing.insight.DashboardService;
import health.staffing.insight.FunnelStage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard as each role sees it: its sections, the filters in the address, charts with tables, drill-downs. */
@ViewTest
@Transactional
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    Clock clock;
    @Autowired
    DashboardService dashboard;
    @Autowired
    CandidateReviewService review;
    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    EntityManager entityManager;

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_sees_every_section_with_charts_tables_and_exports_and_the_figures_link_to_their_grids() {
        UI.getCurrent().navigate("dashboard");
        DashboardView view = $(DashboardView.class).single();

        assertThat(sectionIds()).containsExactly("section-requisitions", "section-approvals", "section-hiring",
                "section-seats");
        LocalDate today = LocalDate.now(clock);
        assertThat(view.from.getValue()).isEqualTo(today.minusYears(1).plusDays(1));
        assertThat(view.to.getValue()).isEqualTo(today);
        Anchor open = (Anchor) $(Div.class).id("kpi-open").getParent().orElseThrow();
        assertThat(open.getHref()).isEqualTo("requisitions?status=APPROVED%2CCHANGES_REQUESTED%2CDRAFT%2CON_HOLD%2C"
                + "PENDING_APPROVAL%2CPOSTED");
        Div byStatus = $(Div.class).id("panel-open-by-status");
        String svg = $(Div.class, byStatus).withClassName("bar-chart").single().getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("role='img'").contains("aria-label='Open requisitions by status: ")
                .contains("Posted");
        assertThat($(NativeTable.class, byStatus).single().getElement().getAttribute("aria-label")).isEqualTo("By status");
        assertThat($(Anchor.class, byStatus).all()).extracting(Anchor::getHref).contains("requisitions?status=POSTED");
        assertThat($(Anchor.class, byStatus).all()).extracting(link -> link.getId().orElse(""))
                .contains("export-dashboard-open-by-status-csv", "export-dashboard-open-by-status-xlsx");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_filters_come_from_the_address_narrow_every_drill_down_and_a_change_writes_the_address() {
        open("dashboard?from=2026-01-01&to=2026-06-30&org=MGB&cat=Physician");
        DashboardView view = $(DashboardView.class).single();

        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(view.organisation.getValue().code()).isEqualTo("MGB");
        assertThat(view.category.getValue()).isEqualTo("Physician");
        assertThat(((Anchor) $(Div.class).id("kpi-on-hold").getParent().orElseThrow()).getHref())
                .isEqualTo("requisitions?org=MGB&cat=Physician&status=ON_HOLD");
        assertThat(((Anchor) $(Div.class).id("kpi-mobility").getParent().orElseThrow()).getHref()).isEqualTo(
                "candidates?org=MGB&cat=Physician&from=2026-01-01&to=2026-06-30&stage=HIRED&source=Internal");

        test(view.department).setValue("Primary Care");

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("dashboard");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters()).isEqualTo(Map.of(
                "from", List.of("2026-01-01"), "to", List.of("2026-06-30"), "org", List.of("MGB"),
                "dept", List.of("Primary Care"), "cat", List.of("Physician")));
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_period_ending_before_it_starts_is_said_and_the_last_twelve_months_are_shown() {
        open("dashboard?from=2026-06-30&to=2026-01-01&org=MGB");
        DashboardView view = $(DashboardView.class).single();

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).isEqualTo("The period ends before it starts: choose a “to” date on or after"
                + " the “from” date. Showing the last 12 months.");
        assertThat(view.to.getValue()).isEqualTo(LocalDate.now(clock));
        assertThat(view.organisation.getValue().code()).isEqualTo("MGB");

        // A period typed the wrong way round stays in its fields with the reason; the address keeps the last good one.
        String shown = UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters();
        test(view.to).setValue(LocalDate.of(2020, 1, 1));
        assertThat(view.problem.getText()).startsWith("The period ends before it starts");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters()).isEqualTo(shown);
    }

    @Test
    @WithMockUser(username = "cmo", roles = {"CMO_OFFICE", "CAREGIVER"})
    void the_cmo_office_sees_no_candidate_figures() {
        UI.getCurrent().navigate("dashboard");

        assertThat(sectionIds()).containsExactly("section-requisitions", "section-approvals", "section-seats");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).noneMatch(href -> href.startsWith("candidates"));
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void a_hiring_manager_sees_their_own_share_and_the_funnel_drills_down_to_the_same_count_in_the_candidate_grid() {
        // Jordan applies to seed 002, which Maya Okafor hires for.
        As.user("caregiver", () -> applications.apply(DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats),
                ApplicationForms.complete()));
        entityManager.flush();
        UI.getCurrent().navigate("dashboard");

        assertThat(sectionIds()).containsExactly("section-requisitions", "section-approvals", "section-hiring");
        assertThat($(Div.class).id("section-requisitions").getElement().getTextRecursively())
                .contains("The requisitions you requested or hire for");
        DashboardFilter lastYear = DashboardFilter.lastYear(LocalDate.now(clock));
        FunnelStage applied = dashboard.hiring(lastYear).funnel().getFirst();
        assertThat(applied.stage()).isEqualTo(ApplicationStage.APPLIED);
        Anchor inItNow = $(Anchor.class, $(Div.class).id("panel-funnel")).all().stream()
                .filter(link -> link.getHref().endsWith("stage=APPLIED")).findFirst().orElseThrow();
        assertThat(inItNow.getText()).isEqualTo(String.valueOf(applied.now()));

        open(inItNow.getHref());

        assertThat($(Span.class).id("narrowing").getText()).isEqualTo("Narrowed by the dashboard: submitted "
                + health.staffing.base.Dates.day(lastYear.from()) + " – " + health.staffing.base.Dates.day(lastYear.to()));
        assertThat($(Span.class).id("application-count").getText())
                .isEqualTo(applied.now() == 1 ? "1 application" : applied.now() + " applications");
        assertThat(review.count(new ReviewFilter(null, Set.of(ApplicationStage.APPLIED), null).narrowedTo(
                new ReviewNarrowing(null, null, null, lastYear.from(), lastYear.to(), null, false))))
                .isEqualTo(applied.now());
    }

    /** Opens an address with its query, as a link does. */
    private static void open(String address) {
        int query = address.indexOf('?');
        UI.getCurrent().navigate(address.substring(0, query), QueryParameters.fromString(address.substring(query + 1)));
    }

    private List<String> sectionIds() {
        return $(Div.class).withClassName("dashboard-section").all().stream()
                .map(section -> section.getId().orElse("")).toList();
    }
}
