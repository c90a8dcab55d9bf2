package health.staffing.requisitions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.ViewTest;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionListItem;
import health.staffing.requisitions.RequisitionStatus;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.SystemActor;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    private List<String> shownReferences(JobBoardView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i).reference()).toList();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_finds_a_published_posting_by_keyword_and_reads_it_as_published() {
        // The demo data publishes all five seed postings; seed 004 keeps its job reference 102619.
        PublishedPosting quality = SystemActor.call(() -> postings.livePostings("Quality, Primary Care",
                PageRequest.of(0, 5))).getFirst();
        PublishedPosting utilization = postings.liveByReference("102619").orElseThrow();
        assertThat(utilization.title()).isEqualTo("Senior Director of Medical Directors");

        UI.getCurrent().navigate(JobBoardView.class, QueryParameters.simple(Map.of("q", "quality")));
        JobBoardView board = $(JobBoardView.class).single();

        assertThat(shownReferences(board)).contains(quality.reference()).doesNotContain(utilization.reference());

        test(board.grid).clickRow(shownReferences(board).indexOf(quality.reference()));
        JobPostingView page = $(JobPostingView.class).single();
        assertThat(page.preview.document()).isEqualTo(quality.document());
        assertThat(page.preview.document()).contains("Pay range").contains("Dotted line to");
        assertThat(page.applicants.getText()).matches("\\d+ applicants?");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("apply-link").getHref())
                .isEqualTo("jobs/" + quality.reference() + "/apply");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_requisition_that_is_not_posted_has_no_public_page() {
        RequisitionListItem draft = SystemActor.call(() -> requisitions.list(new RequisitionFilter(
                Set.of(RequisitionStatus.DRAFT), null, null, null, null, null, null, "Virtual Care"),
                PageRequest.of(0, 1))).getFirst();

        assertThat(postings.liveByReference(draft.reference())).isEmpty();
    }
}
