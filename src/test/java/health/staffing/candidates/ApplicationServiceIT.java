package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.orgchart.SeatRequisitions;
import health.staffing.requisitions.ApplicantCounts;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.security.SystemActor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** Applying to the demo's live seed postings; every test rolls back. */
@DatabaseTest
@Transactional
class ApplicationServiceIT {

    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    AuditLog auditLog;
    @Autowired
    ApplicantCounts counts;
    @Autowired
    JobApplicationRepository rows;
    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entityManager;

    /** {@link ApplicationForms#complete()} without an NPI. */
    static ApplicationForm formWithoutNpi() {
        ApplicationForm form = ApplicationForms.complete();
        return new ApplicationForm(form.cv(), form.coverLetter(), form.degrees(), form.boardCertifications(),
                form.licenses(), null, form.clinicalYears(), form.leadershipYears(), form.managedCareYears());
    }

    /** Seed 002, published by the demo data. */
    String seed002() {
        return DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
    }

    /** The applicant count as HR sees it. */
    private long applicantsSeenByHr(String reference) {
        return As.user("recruiter", () -> counts.applicantsFor(requisitions.findByReference(reference).id(), reference))
                .orElseThrow();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_applicant_count_is_for_hr_and_the_hiring_team_only() {
        String reference = seed002();
        long requisitionId = As.user("recruiter", () -> requisitions.findByReference(reference).id());
        RequisitionTeamNames team = As.user("recruiter", () -> {
            var details = requisitions.details(requisitionId);
            return new RequisitionTeamNames(details.hiringManager(), details.recruiter());
        });

        assertThat(counts.applicantsFor(requisitionId, reference)).as("a caregiver").isEmpty();
        assertThat(As.user("recruiter", () -> counts.applicantsFor(requisitionId, reference))).as("HR").isPresent();
        assertThat(As.user(team.hiringManager(), new String[] {"HIRING_MANAGER", "CAREGIVER"},
                () -> counts.applicantsFor(requisitionId, reference))).as("its hiring manager").isPresent();
        assertThat(As.user("someone-else", new String[] {"HIRING_MANAGER", "CAREGIVER"},
                () -> counts.applicantsFor(requisitionId, reference))).as("another hiring manager").isEmpty();
        assertThat(As.user("cmo", new String[] {"CMO_OFFICE", "CAREGIVER"},
                () -> counts.applicantsFor(requisitionId, reference))).as("the CMO office").isEmpty();
    }

    private record RequisitionTeamNames(String hiringManager, String recruiter) {
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_applies_to_a_live_posting_and_sees_it_received() {
        String reference = seed002();
        long before = applicantsSeenByHr(reference);

        MyApplication applied = applications.apply(reference, ApplicationForms.complete());

        assertThat(applied.stage()).isEqualTo(ApplicationStage.APPLIED);
        assertThat(applied.status()).isEqualTo("Received");
        assertThat(applied.title()).isEqualTo("Medical Director for Quality, Primary Care");
        assertThat(applied.documents()).containsExactly(DocumentKind.CV, DocumentKind.COVER_LETTER);
        assertThat(applications.myApplications()).extracting(MyApplication::id).contains(applied.id());
        assertThat(applications.myApplicationFor(reference)).isPresent();
        assertThat(applicantsSeenByHr(reference)).isEqualTo(before + 1);
        assertThat(SystemActor.call(() -> auditLog.historyOf("JobApplication", applied.id(), PageRequest.of(0, 10))))
                .extracting(AuditEvent::action).containsExactly("APPLIED");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_documents_are_stored_in_the_database_byte_for_byte() {
        MyApplication applied = applications.apply(seed002(), ApplicationForms.complete());
        entityManager.clear();

        JobApplication stored = rows.findById(applied.id()).orElseThrow();
        assertThat(stored.documents()).extracting(ApplicationDocument::getKind, ApplicationDocument::getFilename)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(DocumentKind.CV, "cv.pdf"),
                        org.assertj.core.groups.Tuple.tuple(DocumentKind.COVER_LETTER, "letter.docx"));
        ApplicationDocument cv = stored.documents().stream().filter(d -> d.getKind() == DocumentKind.CV).findFirst()
                .orElseThrow();
        assertThat(cv.getContent()).isEqualTo(TestDocuments.pdf());
        assertThat(cv.getContentType()).isEqualTo(DocumentRules.PDF);
        assertThat(stored.toMine().history()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void applying_twice_to_the_same_requisition_is_refused_with_the_date() {
        String reference = seed002();
        applications.apply(reference, ApplicationForms.complete());

        assertThatThrownBy(() -> applications.apply(reference, ApplicationForms.complete())).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("You applied on ");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_withdraws_and_the_history_shows_it() {
        String reference = seed002();
        MyApplication applied = applications.apply(reference, ApplicationForms.complete());
        long count = applicantsSeenByHr(reference);

        MyApplication withdrawn = applications.withdraw(applied.id(), applied.version(), "Staying in my role");

        assertThat(withdrawn.status()).isEqualTo("Withdrawn by you");
        assertThat(withdrawn.history()).extracting(MyStageChange::to)
                .containsExactly(ApplicationStage.APPLIED, ApplicationStage.WITHDRAWN);
        assertThat(withdrawn.history().getLast().message()).isEqualTo("Staying in my role");
        assertThat(applicantsSeenByHr(reference)).isEqualTo(count - 1);
        assertThatThrownBy(() -> applications.withdraw(applied.id(), withdrawn.version(), null))
                .isInstanceOf(DomainException.class).hasMessageContaining("can no longer be withdrawn");
        assertThat(SystemActor.call(() -> auditLog.historyOf("JobApplication", applied.id(), PageRequest.of(0, 10))))
                .extracting(AuditEvent::action).contains("APPLIED", "WITHDRAWN");
    }

    @Test
    void a_caregiver_asking_for_another_caregivers_application_gets_nothing() {
        String reference = SystemActor.call(this::seed002);
        MyApplication jordans = As.user("caregiver", () -> applications.apply(reference, ApplicationForms.complete()));

        As.user("manager", () -> {
            assertThat(applications.myApplication(jordans.id())).isEmpty();
            assertThat(applications.myApplications()).extracting(MyApplication::id).doesNotContain(jordans.id());
            assertThatThrownBy(() -> applications.withdraw(jordans.id(), jordans.version(), null))
                    .isInstanceOf(DomainException.class).hasMessage("There is no application " + jordans.id() + ".");
            assertThatThrownBy(() -> applications.withdraw(Long.MAX_VALUE, 0, null))
                    .isInstanceOf(DomainException.class).hasMessage("There is no application " + Long.MAX_VALUE + ".");
            return null;
        });
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_requisition_that_is_not_posted_takes_no_applications() {
        String draft = SystemActor.call(() -> requisitions.list(RequisitionFilter.inStatus(RequisitionStatus.DRAFT),
                PageRequest.of(0, 1))).getFirst().reference();

        assertThatThrownBy(() -> applications.apply(draft, ApplicationForms.complete())).isInstanceOf(DomainException.class)
                .hasMessage("Job " + draft + " is not open for applications.");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_text_file_renamed_to_pdf_or_a_bad_npi_is_refused_and_nothing_is_stored() {
        String reference = seed002();
        ApplicationForm good = ApplicationForms.complete();
        ApplicationForm renamed = ApplicationForms.withCv()
                .cv(new UploadedDocument("cv.pdf", "application/pdf", TestDocuments.text())).degrees(good.degrees())
                .certifications(good.boardCertifications()).licences(good.licenses()).npi("1234567890").years(8, 3, 1)
                .build();

        assertThatThrownBy(() -> applications.apply(reference, renamed)).isInstanceOf(DomainException.class)
                .hasMessageContaining("is not a PDF or Word").hasMessageContaining("check digit");
        assertThat(applications.myApplicationFor(reference)).isEmpty();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void credentials_longer_than_their_columns_are_refused_with_the_limit_and_nothing_is_stored() {
        // Once silent data loss: "You applied on …" was shown and nothing was saved.
        String reference = seed002();
        ApplicationForm good = ApplicationForms.complete();
        ApplicationForm longSpecialty = ApplicationForms.withCv().cv(good.cv()).degrees(good.degrees())
                .certification("I".repeat(201), "ABIM", null).licences(good.licenses()).years(8, 3, 1).build();
        ApplicationForm longLicence = ApplicationForms.withCv().cv(good.cv()).degrees(good.degrees())
                .certifications(good.boardCertifications()).licence("MA", "9".repeat(41), "Active", null)
                .years(8, 3, 1).build();
        ApplicationForm odd = ApplicationForms.withCv().cv(good.cv()).degrees(good.degrees())
                .certification("Internal Medicine", "ABIM", LocalDate.of(20225, 1, 1))
                .licence("MA", "271845", "Revoked???", null).years(8, 3, 1).build();

        assertThatThrownBy(() -> applications.apply(reference, longSpecialty)).isInstanceOf(DomainException.class)
                .hasMessage("A board certification's specialty can be at most 200 characters; it has 201.");
        assertThatThrownBy(() -> applications.apply(reference, longLicence))
                .hasMessage("A license number can be at most 40 characters; it has 41.");
        assertThatThrownBy(() -> applications.apply(reference, odd))
                .hasMessageContaining("A board certification expires between 1950 and 2100.")
                .hasMessageContaining("A license's status is one of Active, Inactive, Pending, Restricted.");
        assertThat(applications.myApplicationFor(reference)).isEmpty();
    }

}
