package health.staffing.candidates.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationForm;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.review.BlindPassService;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.Recommendation;
import health.staffing.candidates.review.ReviewRow;
import health.staffing.candidates.scorecards.CriterionRating;
import health.staffing.candidates.scorecards.ReviewerAssignmentService;
import health.staffing.candidates.scorecards.ScorecardEntry;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.requisitions.Degree;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The side-by-side comparison page and the grid's way into it, with the real services; each test rolls back. */
@ViewTest
@Transactional
class CandidateComparisonViewTest extends SpringBrowserlessTest {

    private static final List<String> SEED_004_COMPETENCIES = List.of("Integrity and Trust", "Customer Focus",
            "Functional/Technical skills", "Written/Oral Communication");

    @Autowired
    ApplicationService applications;
    @Autowired
    ScorecardService scorecards;

    @Autowired
    ReviewerAssignmentService assignments;

    @Autowired
    BlindPassService blindPass;
    @Autowired
    CandidateReviewService review;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    Clock clock;

    private MyApplication qualified;
    private MyApplication unlicensed;

    @BeforeEach
    void two_caregivers_apply_to_seed_004() {
        LocalDate today = LocalDate.now(clock);
        // Seed 004 (102619) asks for MD or DO, board certification, a NY licence and 3/3/5 years.
        qualified = As.user("caregiver", () -> applications.apply("102619", ApplicationForms.withCv()
                .degrees(Degree.MD).certification("Internal Medicine", "ABIM", today.plusYears(3))
                .licence("NY", "123456", "Active", today.plusYears(2)).years(8, 4, 6).build()));
        unlicensed = As.user("pophealth", () -> applications.apply("102619", ApplicationForms.withCv()
                .degrees(Degree.MD).certification("Family Medicine", "ABFM", today.plusYears(3))
                .licence("MA", "198230", "Active", today.plusYears(2)).years(14, 7, 6).build()));
        As.user("recruiter", () -> assignments.assign(List.of(qualified.id(), unlicensed.id()), "cmo"));
        submitAs("cmo", qualified.id(), Recommendation.STRONG_YES, 5, 5, 4, 4);
        submitAs("cmo", unlicensed.id(), Recommendation.NO, 2, 3, 3, 2);
    }

    private void submitAs(String reviewer, long applicationId, Recommendation recommendation, Integer... ratings) {
        As.user(reviewer, () -> scorecards.submit(applicationId, scorecards.reviewerPage(applicationId).mine().version(),
                new ScorecardEntry(IntStream.range(0, ratings.length).mapToObj(i -> new CriterionRating(
                        SEED_004_COMPETENCIES.get(i), ratings[i], null)).toList(), recommendation)));
    }

    private CandidateComparisonView open(String ids) {
        UI.getCurrent().navigate(CandidateComparisonView.class, QueryParameters.of("ids", ids));
        return $(CandidateComparisonView.class).single();
    }

    private static CandidateComparisonView.Line line(CandidateComparisonView view, String label) {
        return view.lines.stream().filter(l -> l.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_opens_the_comparison_from_the_url_and_reads_one_column_per_candidate() {
        CandidateComparisonView view = open(unlicensed.id() + "," + qualified.id());

        assertThat(view.getId()).hasValue("comparison");
        assertThat(view.error.isVisible()).isFalse();
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(view.grid.getColumns()).extracting(c -> c.getKey())
                .containsExactly("attribute", "candidate-" + unlicensed.id(), "candidate-" + qualified.id());
        // Each header links to the candidate's application.
        RouterLink link = (RouterLink) view.grid.getColumnByKey("candidate-" + qualified.id()).getHeaderComponent()
                .getChildren().findFirst().orElseThrow();
        assertThat(link.getId()).hasValue("compare-candidate-" + qualified.id());
        assertThat(link.getHref()).isEqualTo("candidates/" + qualified.id());
        assertThat(link.getText()).isEqualTo("Jordan Ellis, MD");
        assertThat(test(view.grid).size()).isEqualTo(view.lines.size());

        assertThat(line(view, "Stage").text(0)).isEqualTo("Applied");
        assertThat(line(view, "Degrees").text(1)).isEqualTo("MD");
        assertThat(line(view, "State licences").text(0)).startsWith("MA Active, until");
        assertThat(line(view, "Years after residency").text(0)).isEqualTo("14");
        CandidateComparisonView.Line ny = line(view, "NY medical licence");
        assertThat(ny.text(0)).isEqualTo("Not met");
        assertThat(ny.tone(0)).isEqualTo("error");
        assertThat(ny.text(1)).isEqualTo("Met");
        CandidateComparisonView.Line match = line(view, "Credential match");
        assertThat(match.text(1)).isEqualTo("All criteria met");
        assertThat(match.tone(1)).isEqualTo("success");
        assertThat(match.tone(0)).isEqualTo("error");
        CandidateComparisonView.Line mean = line(view, "Mean score");
        assertThat(mean.text(1)).isEqualTo("4.5 · best");
        assertThat(mean.tone(1)).isEqualTo("success");
        assertThat(mean.text(0)).isEqualTo("2.5");
        assertThat(mean.tone(0)).isNull();
        assertThat(line(view, "Customer Focus").text(1)).isEqualTo("5.0");
        assertThat(line(view, "Scorecards submitted").text(0)).isEqualTo("1");
        assertThat(line(view, "Recommendations").text(1)).isEqualTo("1 × Strong yes");
        assertThat(line(view, "Recommendations").text(0)).isEqualTo("1 × No");
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void a_hiring_manager_still_to_score_one_candidate_sees_that_column_say_so() {
        As.user("recruiter", () -> assignments.assign(List.of(qualified.id()), "manager"));

        CandidateComparisonView view = open(qualified.id() + "," + unlicensed.id());

        assertThat(line(view, "Scorecards submitted").text(0)).isEqualTo(CandidateComparisonView.HIDDEN_SCORES);
        assertThat(line(view, "Mean score").text(0)).isEqualTo("Hidden");
        assertThat(line(view, "Customer Focus").text(0)).isEqualTo("Hidden");
        assertThat(line(view, "Mean score").text(1)).isEqualTo("2.5 · best");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void new_candidates_of_a_blind_requisition_are_compared_under_their_aliases() {
        long requisitionId = As.user("recruiter", () -> review.detail(qualified.id())).requisitionId();
        blindPass.setBlindFirstPass(requisitionId, true);

        CandidateComparisonView view = open(qualified.id() + "," + unlicensed.id());

        RouterLink link = (RouterLink) view.grid.getColumnByKey("candidate-" + qualified.id()).getHeaderComponent()
                .getChildren().findFirst().orElseThrow();
        assertThat(link.getText()).isEqualTo(view.comparison.candidates().getFirst().name()).startsWith("Candidate ");
        assertThat(line(view, "State licences").text(0)).isEqualTo("NY Active");
        assertThat(line(view, "Current position").text(0)).isEqualTo("Hidden in the blind first pass");
        assertThat(line(view, "NY medical licence").text(1)).isEqualTo("Not met");
        assertThat(line(view, "Mean score").text(0)).isEqualTo("4.5 · best");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_refused_comparison_shows_its_reason_on_the_page() {
        assertRefused(open(String.valueOf(qualified.id())), "Choose two to four applications to compare; only one was chosen.");
        assertRefused(open("1,2,3,4,5"), "Compare at most four applications at a time; 5 were chosen.");
        assertRefused(open(qualified.id() + "," + Long.MAX_VALUE), "There is no application " + Long.MAX_VALUE + ".");
        assertRefused(open(qualified.id() + ",twelve"), "\"twelve\" is not an application number.");

        String seed002 = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        MyApplication elsewhere = As.user("finance", () -> applications.apply(seed002, TestForms.minimal()));
        assertRefused(open(qualified.id() + "," + elsewhere.id()), "Compare candidates of one requisition at a time");
    }

    @Test
    @WithMockUser(username = "someone", roles = {"HIRING_MANAGER"})
    void a_hiring_manager_of_other_requisitions_is_told_there_is_no_such_application() {
        assertRefused(open(qualified.id() + "," + unlicensed.id()), "There is no application " + qualified.id() + ".");
    }

    private void assertRefused(CandidateComparisonView view, String message) {
        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).startsWith(message);
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.lines).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_grid_compares_two_to_four_selected_applications() {
        MyApplication third = As.user("finance", () -> applications.apply("102619", TestForms.minimal()));
        MyApplication fourth = As.user("reviewer", () -> applications.apply("102619", TestForms.minimal()));
        MyApplication fifth = As.user("regionalmd", () -> applications.apply("102619", TestForms.minimal()));
        UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", "102619")));
        CandidateReviewView grid = $(CandidateReviewView.class).single();
        List<ReviewRow> rows = IntStream.range(0, test(grid.grid).size()).mapToObj(i -> test(grid.grid).getRow(i))
                .toList();
        List<Long> ids = List.of(qualified.id(), unlicensed.id(), third.id(), fourth.id(), fifth.id());
        List<ReviewRow> ours = ids.stream().map(id -> rows.stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow()).toList();

        assertThat(grid.compare.isEnabled()).isFalse();
        grid.grid.select(ours.get(0));
        assertThat(grid.compare.isEnabled()).isFalse();
        grid.grid.select(ours.get(1));
        assertThat(grid.compare.isEnabled()).isTrue();
        grid.grid.select(ours.get(2));
        grid.grid.select(ours.get(3));
        assertThat(grid.compare.isEnabled()).isTrue();
        grid.grid.select(ours.get(4));
        assertThat(grid.compare.isEnabled()).isFalse();
        grid.grid.deselect(ours.get(4));
        grid.grid.deselect(ours.get(3));

        test(grid.compare).click();

        CandidateComparisonView view = $(CandidateComparisonView.class).single();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("ids", List.of(ids.subList(0, 3).stream().sorted().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(","))));
        assertThat(view.comparison.candidates()).extracting(c -> c.applicationId())
                .containsExactlyElementsOf(ids.subList(0, 3).stream().sorted().toList());
    }

    /** A minimal application with a CV and nothing declared. */
    private static final class TestForms {
        static ApplicationForm minimal() {
            return ApplicationForms.cvOnly();
        }
    }
}
