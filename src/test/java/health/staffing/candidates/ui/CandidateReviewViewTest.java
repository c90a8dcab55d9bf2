package health.staffing.candidates.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.As;
import health.staffing.ViewTest;
import health.staffing.candidates.ApplicationForm;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.ReviewRow;
import health.staffing.candidates.TestDocuments;
import health.staffing.requisitions.PostingService;
import health.staffing.security.SystemActor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** HR's candidate grid with the real services; each test rolls back. */
@ViewTest
@Transactional
class CandidateReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    PostingService postings;

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_filters_from_the_url_selects_and_moves_an_application_to_screening() {
        String reference = SystemActor.call(() -> postings.livePostings("Quality, Primary Care", PageRequest.of(0, 1)))
                .getFirst().reference();
        MyApplication applied = As.user("caregiver", () -> applications.apply(reference, new ApplicationForm(TestDocuments.cv(),
                null, Set.of(), List.of(), List.of(), null, 6, 2, null)));

        UI.getCurrent().navigate(CandidateReviewView.class, QueryParameters.simple(Map.of("ref", reference,
                "stage", "APPLIED")));
        CandidateReviewView view = $(CandidateReviewView.class).single();
        List<ReviewRow> rows = rows(view);
        assertThat(rows).extracting(ReviewRow::id).containsExactly(applied.id());
        assertThat(view.requisition.getValue().reference()).isEqualTo(reference);

        view.grid.select(rows.getFirst());
        test(view.moveTo).selectItem("Screening");
        test(view.move).click();

        assertThat(As.user("caregiver", () -> applications.myApplication(applied.id())).orElseThrow().stage())
                .isEqualTo(ApplicationStage.SCREENING);
        assertThat(rows(view)).isEmpty();
    }

    private List<ReviewRow> rows(CandidateReviewView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i)).toList();
    }
}
