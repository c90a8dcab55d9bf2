package health.staffing.candidates.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.DocumentKind;
import health.staffing.candidates.MyApplication;
import health.staffing.candidates.StageChange;
import health.staffing.candidates.StageMove;
import health.staffing.candidates.StageService;
import health.staffing.orgchart.SeatRequisitions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Reviewing applications to the demo's seed postings; every test rolls back. */
@DatabaseTest
@Transactional
class CandidateReviewServiceIT {

    @Autowired
    CandidateReviewService review;
    @Autowired
    StageService stages;
    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;

    private String quality;
    private MyApplication jordan;
    private MyApplication anita;

    @BeforeEach
    void two_caregivers_apply_to_seed_002() {
        quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        jordan = As.user("caregiver", new String[] {"CAREGIVER"}, () -> applications.apply(quality, ApplicationForms.complete()));
        anita = As.user("pophealth", new String[] {"CAREGIVER"}, () -> applications.apply(quality, ApplicationForms.complete()));
    }

    @Test
    void hr_filters_by_requisition_and_stage_and_sorts() {
        List<ReviewRow> rows = As.user("recruiter", new String[] {"RECRUITER"}, () -> review.review(
                new ReviewFilter(quality, Set.of(ApplicationStage.APPLIED), true),
                PageRequest.of(0, 50, Sort.by("submittedAt"))));

        assertThat(rows).extracting(ReviewRow::id).containsExactly(jordan.id(), anita.id());
        assertThat(rows).extracting(ReviewRow::candidateName).containsExactly("Jordan Ellis, MD", "Anita Shah, MD, MPH");
        assertThat(As.user("recruiter", new String[] {"RECRUITER"}, () -> review.count(
                new ReviewFilter(quality, Set.of(ApplicationStage.INTERVIEW), null)))).isZero();
    }

    @Test
    void a_hiring_manager_sees_only_applications_to_their_own_requisitions() {
        assertThat(As.user("manager", new String[] {"HIRING_MANAGER"}, () -> review.count(new ReviewFilter(quality, Set.of(), null))))
                .isEqualTo(2);
        assertThat(As.user("someone", new String[] {"HIRING_MANAGER"}, () -> review.count(ReviewFilter.none()))).isZero();
        assertThatThrownBy(() -> As.user("someone", new String[] {"HIRING_MANAGER"}, () -> stages.moveStage(
                List.of(new StageMove(jordan.id(), jordan.version())), ApplicationStage.SCREENING, null)))
                .hasMessage("There is no application " + jordan.id() + ".");
    }

    @Test
    void the_detail_shows_what_was_declared_and_is_not_found_outside_the_row_rule() {
        ApplicationDetail detail = As.user("manager", new String[] {"HIRING_MANAGER"}, () -> review.detail(jordan.id()));

        assertThat(detail.candidateName()).isEqualTo("Jordan Ellis, MD");
        assertThat(detail.reference()).isEqualTo(quality);
        assertThat(detail.internal()).isTrue();
        assertThat(detail.documents()).extracting(ApplicationDetail.DocumentInfo::kind)
                .containsExactlyInAnyOrder(DocumentKind.CV, DocumentKind.COVER_LETTER);
        assertThat(detail.history()).extracting(StageChange::to).containsExactly(ApplicationStage.APPLIED);
        assertThatThrownBy(() -> As.user("someone", new String[] {"HIRING_MANAGER"}, () -> review.detail(jordan.id())))
                .isInstanceOf(DomainException.class).hasMessage("There is no application " + jordan.id() + ".");
        assertThatThrownBy(() -> As.user("caregiver", new String[] {"CAREGIVER"}, () -> review.detail(anita.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_caregiver_cannot_open_the_review() {
        assertThatThrownBy(() -> As.user("caregiver", new String[] {"CAREGIVER"}, () -> review.count(ReviewFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_bulk_move_changes_every_selected_application_and_the_candidate_sees_a_friendly_status() {
        int moved = As.user("recruiter", new String[] {"RECRUITER"}, () -> stages.moveStage(List.of(
                new StageMove(jordan.id(), jordan.version()), new StageMove(anita.id(), anita.version())),
                ApplicationStage.SCREENING, null));

        assertThat(moved).isEqualTo(2);
        MyApplication mine = As.user("caregiver", new String[] {"CAREGIVER"}, () -> applications.myApplication(jordan.id()))
                .orElseThrow();
        assertThat(mine.stage()).isEqualTo(ApplicationStage.SCREENING);
        assertThat(mine.status()).isEqualTo("Under review");
    }

    @Test
    void a_rejection_needs_a_reason_and_a_refused_batch_moves_nothing() {
        assertThatThrownBy(() -> As.user("recruiter", new String[] {"RECRUITER"}, () -> stages.moveStage(List.of(
                new StageMove(jordan.id(), jordan.version())), ApplicationStage.REJECTED, " ")))
                .isInstanceOf(DomainException.class).hasMessage("Give a reason for the rejection.");

        // The second application's version is stale: the whole batch is refused, the first stays put.
        assertThatThrownBy(() -> As.user("recruiter", new String[] {"RECRUITER"}, () -> stages.moveStage(List.of(
                new StageMove(jordan.id(), jordan.version()), new StageMove(anita.id(), anita.version() + 7)),
                ApplicationStage.SCREENING, null)))
                .hasMessageContaining("changed in the meantime");
    }

    @Test
    void an_illegal_move_is_refused() {
        assertThatThrownBy(() -> As.user("recruiter", new String[] {"RECRUITER"}, () -> stages.moveStage(List.of(
                new StageMove(jordan.id(), jordan.version())), ApplicationStage.HIRED, null)))
                .hasMessage("An application that is applied cannot move to hired.");
    }
}
