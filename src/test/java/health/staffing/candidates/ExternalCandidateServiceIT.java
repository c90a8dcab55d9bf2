package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.review.ReviewRow;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.security.SystemActor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** HR adds external people to the demo's live postings; every test rolls back. */
@DatabaseTest
@Transactional
class ExternalCandidateServiceIT {

    @Autowired
    ExternalCandidateService external;
    @Autowired
    CandidateReviewService review;
    @Autowired
    PostingService postings;
    @Autowired
    CandidateRepository candidates;
    @Autowired
    AuditLog auditLog;
    @Autowired
    SeatRequisitions seats;

    private PublishedPosting quality;
    private PublishedPosting other;

    @BeforeEach
    void two_live_postings() {
        List<PublishedPosting> live = SystemActor.call(() -> postings.livePostings("", PageRequest.of(0, 10)));
        long qualityId = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.requisitionId(seats);
        quality = live.stream().filter(p -> p.requisitionId() == qualityId).findFirst().orElseThrow();
        other = live.stream().filter(p -> p.requisitionId() != quality.requisitionId()).findFirst().orElseThrow();
    }

    static ExternalCandidateForm priya(String email) {
        return new ExternalCandidateForm("Priya", "Raman", email, "+1 617 555 0142", ApplicationForms.complete());
    }

    long addAsRecruiter(String reference, ExternalCandidateForm form) {
        return As.user("recruiter", () -> external.add(reference, form)).applicationId();
    }

    @Test
    void hr_adds_an_external_candidate_who_shows_by_name_in_the_grid_and_the_detail() {
        long id = addAsRecruiter(quality.reference(), priya("priya.raman@example.org"));

        ApplicationDetail detail = As.user("manager", () -> review.detail(id));
        assertThat(detail.candidateName()).isEqualTo("Priya Raman");
        assertThat(detail.internal()).isFalse();
        assertThat(detail.email()).isEqualTo("priya.raman@example.org");
        assertThat(detail.stage()).isEqualTo(ApplicationStage.APPLIED);
        assertThat(detail.npi()).isEqualTo("1234567893");
        assertThat(detail.documents()).extracting(ApplicationDetail.DocumentInfo::kind)
                .containsExactlyInAnyOrder(DocumentKind.CV, DocumentKind.COVER_LETTER);
        List<ReviewRow> rows = As.user("recruiter", () -> review.review(
                new ReviewFilter(quality.reference(), Set.of(), false), PageRequest.of(0, 10)));
        assertThat(rows).extracting(ReviewRow::candidateName).containsExactly("Priya Raman");
        List<AuditEvent> audit = As.user("recruiter", () -> auditLog.historyOf(ApplicationService.AUDIT_TYPE, id,
                PageRequest.of(0, 5)));
        assertThat(audit).extracting(AuditEvent::action).containsExactly("EXTERNAL_ADDED");
        assertThat(audit.getFirst().actor()).isEqualTo("recruiter");
        assertThat(audit.getFirst().after()).contains("Priya Raman <priya.raman@example.org>").contains(quality.reference());
    }

    @Test
    void the_same_email_in_another_case_cannot_be_added_twice_to_one_requisition() {
        addAsRecruiter(quality.reference(), priya("priya.raman@example.org"));

        assertThatThrownBy(() -> addAsRecruiter(quality.reference(), priya("  Priya.Raman@Example.ORG ")))
                .isInstanceOf(AlreadyACandidate.class)
                .hasMessageStartingWith("Priya.Raman@Example.ORG is already a candidate for job " + quality.reference());
        assertThat(As.user("recruiter", () -> review.count(new ReviewFilter(quality.reference(), Set.of(), false))))
                .isEqualTo(1);
    }

    @Test
    void the_same_email_on_another_requisition_reuses_the_candidate_with_the_latest_details() {
        long first = addAsRecruiter(quality.reference(), priya("priya.raman@example.org"));
        long second = addAsRecruiter(other.reference(), new ExternalCandidateForm("Priya", "Raman-Iyer",
                "PRIYA.RAMAN@example.org", null, ApplicationForms.complete()));

        assertThat(second).isNotEqualTo(first);
        Candidate candidate = candidates.findByEmailKey("priya.raman@example.org").orElseThrow();
        assertThat(candidate.externalName()).isEqualTo("Priya Raman-Iyer");
        assertThat(candidate.getPhone()).isNull();
        assertThat(As.user("recruiter", () -> review.detail(first).candidateName())).isEqualTo("Priya Raman-Iyer");
    }

    @Test
    void a_known_address_reuses_the_record_and_says_so() {
        addAsRecruiter(quality.reference(), priya("priya.raman@example.org"));

        ExternalCandidateAdded again = As.user("recruiter", () -> external.add(other.reference(),
                priya(" Priya.Raman@EXAMPLE.org")));

        assertThat(again.notice()).isEqualTo("Priya Raman was already known as a candidate by Priya.Raman@EXAMPLE.org:"
                + " this application is linked to that record, with the details you entered.");
    }

    @Test
    void an_employees_address_in_any_case_or_their_employee_number_is_refused_they_apply_themselves() {
        ExternalCandidateForm jordanByAddress = new ExternalCandidateForm("Jordan", "Ellis",
                "  JORDAN.Ellis@staffing.example.org ", null, ApplicationForms.complete());
        ExternalCandidateForm jordanByNumber = new ExternalCandidateForm("Jordan", "Ellis", "jordan@home.example.org",
                null, "100008", ApplicationForms.complete());

        for (ExternalCandidateForm form : List.of(jordanByAddress, jordanByNumber)) {
            assertThatThrownBy(() -> addAsRecruiter(quality.reference(), form)).isInstanceOf(DomainException.class)
                    .hasMessage("Jordan Ellis, MD is an employee (100008, jordan.ellis@staffing.example.org). Employees"
                            + " apply themselves under Jobs, so their application stays confidential from their"
                            + " manager; ask them to apply.");
        }
        assertThatThrownBy(() -> addAsRecruiter(quality.reference(), new ExternalCandidateForm("Lena", "Ortiz",
                "lena@example.org", null, "999999", ApplicationForms.complete())))
                .hasMessage("There is no employee 999999; leave the employee number empty for someone who never worked"
                        + " here.");
        assertThat(As.user("recruiter", () -> review.count(new ReviewFilter(quality.reference(), Set.of(), false))))
                .isZero();
    }

    @Test
    void the_same_name_and_phone_under_another_address_is_a_possible_duplicate_until_hr_confirms() {
        long first = addAsRecruiter(quality.reference(), priya("priya.raman@example.org"));
        ExternalCandidateForm secondAddress = new ExternalCandidateForm(" priya ", "RAMAN", "praman@gmail.example.com",
                "(617) 555-0142", ApplicationServiceIT.formWithoutNpi());

        assertThatThrownBy(() -> addAsRecruiter(other.reference(), secondAddress)).isInstanceOf(PossibleDuplicate.class)
                .hasMessage("Possible duplicate: Priya Raman (priya.raman@example.org), same phone +1 617 555 0142."
                        + " If this is someone else, confirm and add them.");
        assertThat(As.user("recruiter", () -> review.count(new ReviewFilter(other.reference(), Set.of(), false))))
                .isZero();

        long second = As.user("recruiter", () -> external.addConfirmingNotADuplicate(other.reference(), secondAddress))
                .applicationId();
        assertThat(second).isNotEqualTo(first);
        assertThat(As.user("recruiter", () -> auditLog.historyOf(ApplicationService.AUDIT_TYPE, second,
                PageRequest.of(0, 5)))).extracting(AuditEvent::after).singleElement().asString()
                .contains("confirmed not a duplicate of candidate ");
    }

    @Test
    void the_same_name_and_npi_as_a_caregiver_who_applied_is_a_possible_duplicate() {
        // Jordan Ellis applied to seed 000 with NPI 1234567893 (demo data).
        ExternalCandidateForm jordan = new ExternalCandidateForm("Jordan", "Ellis", "jordan.ellis@gmail.example.com",
                null, ApplicationForms.complete());

        assertThatThrownBy(() -> addAsRecruiter(quality.reference(), jordan)).isInstanceOf(PossibleDuplicate.class)
                .hasMessageStartingWith("Possible duplicate: Jordan Ellis (jordan.ellis@staffing.example.org), same NPI"
                        + " 1234567893.");
    }

    @Test
    void the_database_keeps_one_candidate_per_email_address_whatever_the_service_does() {
        candidates.saveAndFlush(Candidate.external("A", "One", "same@example.org", null));

        assertThatThrownBy(() -> candidates.saveAndFlush(Candidate.external("B", "Two", "Same@Example.org", null)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void every_problem_is_named_and_nothing_is_added() {
        ExternalCandidateForm bad = new ExternalCandidateForm(" ", "Raman", "priya.example.org", "call me",
                ApplicationForms.withCv().cv(new UploadedDocument("cv.pdf", "application/pdf", TestDocuments.text()))
                        .npi("1234567890").years(5, null, null).build());

        assertThatThrownBy(() -> addAsRecruiter(quality.reference(), bad)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Enter the given name.")
                .hasMessageContaining("Enter a valid email address")
                .hasMessageContaining("Enter the phone number")
                .hasMessageContaining("whatever its name says")
                .hasMessageContaining("check digit");
        ExternalCandidateForm noCv = new ExternalCandidateForm("Priya", "Raman", "priya@example.org", null,
                ApplicationForms.withCv().cv(null).build());
        assertThatThrownBy(() -> addAsRecruiter(quality.reference(), noCv))
                .hasMessage("Attach the candidate's CV (PDF or Word .docx).");
        assertThat(candidates.findByEmailKey("priya@example.org")).isEmpty();
    }

    @Test
    void a_requisition_that_is_not_posted_is_refused() {
        assertThatThrownBy(() -> addAsRecruiter("999999", priya("priya.raman@example.org")))
                .isInstanceOf(DomainException.class).hasMessageContaining("is not posted");
    }

    @Test
    void only_hr_adds_external_candidates() {
        assertThatThrownBy(() -> As.user("manager", () -> external.add(quality.reference(), priya("a@example.org"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("caregiver", () -> external.add(quality.reference(), priya("a@example.org"))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
