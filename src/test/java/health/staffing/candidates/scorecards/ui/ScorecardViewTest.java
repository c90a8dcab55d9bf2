package health.staffing.candidates.scorecards.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.As;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.review.Recommendation;
import health.staffing.candidates.scorecards.MyReview;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.candidates.ui.ReviewerPicker;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.shell.NotFoundView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The reviewer's pages, the Scorecards tab and the grid's reviewer actions; each test rolls back. */
@ViewTest
@Transactional
class ScorecardViewTest extends SpringBrowserlessTest {

    @Autowired
    ScorecardService scorecards;
    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;

    /** One of the demo applications to seed 000 that the demo reviewer is assigned to. */
    private MyReview demoReview() {
        return As.user("reviewer", () -> scorecards.myReviews(PageRequest.of(0, 10))).getFirst();
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "CAREGIVER")
    void a_reviewer_lists_their_reviews_and_submitting_keeps_what_was_typed_until_every_rating_is_given() {
        navigate(ReviewsView.class);
        assertThat(test($(ReviewsView.class).single().grid).size()).isEqualTo(2);

        MyReview review = demoReview();
        navigate(ScorecardView.class, Map.of("id", String.valueOf(review.applicationId())));
        ScorecardView view = $(ScorecardView.class).single();
        assertThat($(H2.class).id("candidate-name").getText()).isEqualTo(review.candidateName());
        assertThat($(Div.class).id("review-candidate").getElement().getTextRecursively()).contains("MD");
        List<String> criteria = List.copyOf(view.ratings.keySet());
        assertThat(criteria).isNotEmpty();

        test(view.ratings.get(criteria.getFirst())).selectItem("4");
        test(view.notes.get(criteria.getFirst())).setValue("Led a quality programme across 12 practices");
        test(view.submit).click();

        assertThat(view.ratings.get(criteria.getFirst()).isInvalid()).isFalse();
        assertThat(view.ratings.get(criteria.getLast()).isInvalid()).isTrue();
        assertThat(view.ratings.get(criteria.getLast()).getErrorMessage()).contains("from 1 to 5");
        assertThat(view.recommendation.isInvalid()).isTrue();
        assertThat(view.ratings.get(criteria.getFirst()).getValue()).isEqualTo(4);
        assertThat(view.notes.get(criteria.getFirst()).getValue()).contains("12 practices");

        test(view.saveDraft).click();
        criteria.forEach(criterion -> test(view.ratings.get(criterion)).selectItem("3"));
        test(view.recommendation).selectItem("Yes");
        test(view.submit).click();

        assertThat($(Div.class).id("scorecard-done").getElement().getTextRecursively())
                .contains("Your scorecard (submitted)").contains("No other reviewer has submitted");
        assertThat(As.user("recruiter", () -> scorecards.summary(review.applicationId())).recommendations())
                .extracting(r -> r.recommendation()).containsExactly(Recommendation.YES);
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "CAREGIVER")
    void notes_over_their_limit_are_marked_on_the_field_and_nothing_is_saved_or_lost() {
        MyReview review = demoReview();
        navigate(ScorecardView.class, Map.of("id", String.valueOf(review.applicationId())));
        ScorecardView view = $(ScorecardView.class).single();
        String criterion = view.ratings.keySet().iterator().next();
        String tooLong = "Strong operational record. ".repeat(150); // 4,050 characters, as a client past maxlength sends

        test(view.ratings.get(criterion)).selectItem("4");
        view.notes.get(criterion).setValue(tooLong);
        test(view.saveDraft).click();

        assertThat(view.notes.get(criterion).isInvalid()).isTrue();
        assertThat(view.notes.get(criterion).getErrorMessage())
                .isEqualTo("The note on \"" + criterion + "\" can be at most 4,000 characters; it has 4,049.");
        assertThat(view.notes.get(criterion).getValue()).isEqualTo(tooLong);
        assertThat(As.user("reviewer", () -> scorecards.reviewerPage(review.applicationId())).mine().ratings())
                .noneMatch(rating -> rating.notes() != null && rating.notes().startsWith("Strong operational"));

        view.notes.get(criterion).setValue("Strong operational record.");
        test(view.saveDraft).click();

        assertThat(view.notes.get(criterion).isInvalid()).isFalse();
        assertThat(As.user("reviewer", () -> scorecards.reviewerPage(review.applicationId())).mine().ratings())
                .anyMatch(rating -> "Strong operational record.".equals(rating.notes()));
    }

    @Test
    @WithMockUser(username = "finance", roles = {"FINANCE", "CAREGIVER"})
    void someone_not_assigned_is_told_the_application_does_not_exist() {
        MyReview review = demoReview();

        catchThrowable(() -> navigate(ScorecardView.class, Map.of("id", String.valueOf(review.applicationId()))));

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_scorecards_tab_lists_the_reviewers_and_assigns_another() {
        MyReview review = demoReview();

        UI.getCurrent().navigate("candidates/" + review.applicationId(), QueryParameters.of("tab", "scorecards"));

        assertThat($(Div.class).id("application-reviewers").getElement().getTextRecursively())
                .contains("Priya Raman").contains("To score");
        assertThat($(Div.class).id("score-summary").getElement().getTextRecursively())
                .contains("No scorecard has been submitted yet");
        test($(ReviewerPicker.class).id("reviewer-picker")).selectItem("Elena Marsh (cmo)");
        test($(com.vaadin.flow.component.button.Button.class).id("assign-reviewer")).click();

        assertThat($(Div.class).id("application-reviewers").getElement().getTextRecursively()).contains("Elena Marsh");
        assertThat(As.user("cmo", () -> scorecards.myReviews(PageRequest.of(0, 10))))
                .extracting(MyReview::applicationId).containsExactly(review.applicationId());
    }
}
