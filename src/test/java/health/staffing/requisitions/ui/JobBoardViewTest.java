package health.staffing.requisitions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.ViewTest;
import health.staffing.demo.SeedPosting;
import health.staffing.demo.SeedPostings;
import health.staffing.requisitions.ApprovalOutcome;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.SystemActor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** What a caregiver sees of published postings; each test rolls back. */
@ViewTest
@Transactional
class JobBoardViewTest extends SpringBrowserlessTest {

    @Autowired
    RequisitionService requisitions;
    @Autowired
    PostingService postings;
    @Autowired
    ApplicationEventPublisher publisher;

    private PublishedPosting posted(SeedPosting seed) {
        return SystemActor.call(() -> {
            RequisitionForm form = seed.requisitionForm("manager", "recruiter");
            RequisitionDetails draft = requisitions.create(form);
            RequisitionDetails submitted = requisitions.submit(draft.id(), draft.version());
            publisher.publishEvent(new ApprovalOutcome(draft.id(), submitted.approvalRound(),
                    ApprovalOutcome.Decision.APPROVED, "cmo", null));
            return SeedPostings.publish(postings, draft.id(), seed.openUntil(LocalDate.now().plusDays(60)));
        });
    }

    private List<String> shownReferences(JobBoardView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i).reference()).toList();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_finds_a_published_posting_by_keyword_and_reads_it_as_published() {
        PublishedPosting quality = posted(SeedPostings.seed002());
        PublishedPosting utilization = posted(SeedPostings.seed004());

        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.simple(Map.of("q", "quality")));
        JobBoardView board = $(JobBoardView.class).single();

        assertThat(shownReferences(board)).contains(quality.reference()).doesNotContain(utilization.reference());

        test(board.grid).clickRow(shownReferences(board).indexOf(quality.reference()));
        JobPostingView page = $(JobPostingView.class).single();
        assertThat(page.preview.document()).isEqualTo(quality.document());
        assertThat(page.preview.document()).contains("Pay range").contains("Dotted line to");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_requisition_that_is_not_posted_has_no_public_page() {
        RequisitionDetails draft = SystemActor.call(() -> requisitions.create(
                SeedPostings.seed003().requisitionForm("manager", "recruiter")));

        assertThat(postings.liveByReference(draft.reference())).isEmpty();
    }
}
