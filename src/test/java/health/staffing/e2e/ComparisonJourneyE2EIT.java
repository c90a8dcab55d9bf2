package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.review.Recommendation;
import health.staffing.candidates.scorecards.CriterionRating;
import health.staffing.candidates.scorecards.ReviewerAssignmentService;
import health.staffing.candidates.scorecards.ScorecardEntry;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.requisitions.Degree;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/** HR compares three scored candidates of seed 004 side by side on a laptop-sized window. */
class ComparisonJourneyE2EIT extends BrowserJourney {

    private static final List<String> SEED_004_COMPETENCIES = List.of("Integrity and Trust", "Customer Focus",
            "Functional/Technical skills", "Written/Oral Communication");

    @Autowired
    ApplicationService applications;
    @Autowired
    ScorecardService scorecards;

    @Autowired
    ReviewerAssignmentService assignments;
    @Autowired
    Clock clock;

    @Test
    void hr_compares_three_candidates_side_by_side() {
        LocalDate today = LocalDate.now(clock);
        MyApplication jordan = apply("caregiver", Set.of(Degree.MD, Degree.MBA), "NY", today.plusYears(2), 8, 4, 6);
        MyApplication anita = apply("pophealth", Set.of(Degree.DO), "MA", today.plusYears(1), 14, 7, 6);
        MyApplication priya = apply("reviewer", Set.of(Degree.MD), "NY", today.plusDays(20), 5, 3, 5);
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id(), anita.id(), priya.id()), "cmo"));
        As.user("recruiter", () -> assignments.assign(List.of(jordan.id(), anita.id()), "finance"));
        submit("cmo", jordan.id(), Recommendation.STRONG_YES, 5, 5, 4, 4);
        submit("finance", jordan.id(), Recommendation.YES, 4, 4, 4, 5);
        submit("cmo", anita.id(), Recommendation.NO, 3, 3, 2, 3);
        submit("finance", anita.id(), Recommendation.YES, 4, 3, 3, 4);
        submit("cmo", priya.id(), Recommendation.YES, 4, 4, 4, 3);

        PortalShell portal = LoginPage.open(browser, baseUrl()).signInAs("recruiter", PASSWORD);
        browser.driver.manage().window().setSize(new Dimension(1280, 800));
        portal.goTo("/candidates/compare?ids=" + jordan.id() + "," + anita.id() + "," + priya.id());
        portal.waitForContent("#comparison-grid");

        assertThat(browser.driver.findElement(By.id("compare-candidate-" + jordan.id())).getText())
                .isEqualTo("Jordan Ellis, MD");
        browser.screenshot("comparison-1280");
        browser.driver.executeScript("document.getElementById('comparison-grid').scrollToIndex(40);");
        portal.waitForContent("#comparison-grid");
        try {
            Thread.sleep(500); // let the grid render the rows it scrolled to, for the picture only
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        browser.screenshot("comparison-1280-scores");
        browser.driver.manage().window().setSize(new Dimension(1440, 900));
    }

    private MyApplication apply(String user, Set<Degree> degrees, String state, LocalDate licenceUntil,
            int clinical, int leadership, int managedCare) {
        return As.user(user, () -> applications.apply("102619", ApplicationForms.withCv().degrees(degrees)
                .certification("Internal Medicine", "ABIM", LocalDate.now(clock).plusYears(3))
                .licence(state, "123456", "Active", licenceUntil).years(clinical, leadership, managedCare).build()));
    }

    private void submit(String reviewer, long applicationId, Recommendation recommendation, Integer... ratings) {
        As.user(reviewer, () -> scorecards.submit(applicationId, scorecards.reviewerPage(applicationId).mine()
                .version(), new ScorecardEntry(IntStream.range(0, ratings.length).mapToObj(i -> new CriterionRating(
                SEED_004_COMPETENCIES.get(i), ratings[i], null)).toList(), recommendation)));
    }
}
