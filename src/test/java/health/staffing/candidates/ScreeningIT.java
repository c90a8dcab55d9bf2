package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.DomainException;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.review.ReviewRow;
import health.staffing.candidates.review.ScreeningService;
import health.staffing.candidates.screening.CriterionOutcome;
import health.staffing.candidates.screening.CriterionResult;
import health.staffing.candidates.screening.ScreeningResult;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.Degree;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.PostingContent;
import health.staffing.requisitions.PostingDraft;
import health.staffing.requisitions.PostingRequirements;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.security.AppRoles;
import health.staffing.security.SystemActor;
import health.staffing.security.UserAccountService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening facts stored at apply and on republishing, the grid's credential-match filter, and
 * internal applicants' confidentiality, on seed 004's posting (MD or DO, board certification, 3
 * years after residency, 3 years leadership, 5 years managed care, NY licence). Every test rolls back.
 */
@DatabaseTest
@Transactional
class ScreeningIT {

    private static final String[] RECRUITER = {"RECRUITER", "CAREGIVER"};

    @Autowired
    ApplicationService applications;
    @Autowired
    CandidateReviewService review;
    @Autowired
    StageService stages;
    @Autowired
    ScreeningService screening;
    @Autowired
    ExternalCandidateService external;
    @Autowired
    PostingService postings;
    @Autowired
    OrgChartService orgChart;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private PublishedPosting seed004;
    private LocalDate today;

    @BeforeEach
    void seed_004_is_live() {
        seed004 = SystemActor.call(() -> postings.liveByReference("102619")).orElseThrow();
        today = LocalDate.now(clock);
    }

    private ApplicationForm form(Set<Degree> degrees, LocalDate certificationUntil, String licenceStatus,
            LocalDate licenceUntil, Integer clinicalYears) {
        return ApplicationForms.withCv().degrees(degrees)
                .certification("Internal Medicine", "ABIM", certificationUntil)
                .licence("NY", "123456", licenceStatus, licenceUntil).years(clinicalYears, 4, 6).build();
    }

    private MyApplication apply(String user, ApplicationForm form) {
        return As.user(user, () -> applications.apply(seed004.reference(), form));
    }

    private Map<String, Object> stored(long applicationId) {
        return jdbc.sql("select criteria_met, credentials_expire_on, criteria_summary, applicant_manager_employee_id "
                + "from job_application where id = ?").param(applicationId).query().singleRow();
    }

    private List<Long> matching(CriterionOutcome outcome) {
        return As.user("recruiter", RECRUITER, () -> review.review(new ReviewFilter(seed004.reference(), Set.of(), null,
                outcome), PageRequest.of(0, 50, Sort.by("submittedAt")))).stream().map(ReviewRow::id).toList();
    }

    @Test
    void applying_stores_whether_every_criterion_is_met_and_the_earliest_expiry() {
        MyApplication met = apply("caregiver", form(Set.of(Degree.MD), today.plusYears(3), "Active", today.plusYears(2), 8));

        Map<String, Object> row = stored(met.id());
        assertThat(row.get("criteria_met")).isEqualTo(true);
        assertThat(((java.sql.Date) row.get("credentials_expire_on")).toLocalDate()).isEqualTo(today.plusYears(2));
        assertThat((String) row.get("criteria_summary")).startsWith("Degree: MD or DO: met\n")
                .contains("NY medical licence: met until");

        MyApplication short_ = apply("pophealth", form(Set.of(Degree.MD), today.plusYears(3), "Active",
                today.plusYears(2), 2));
        assertThat(stored(short_.id()).get("criteria_met")).isEqualTo(false);
        assertThat(stored(short_.id()).get("credentials_expire_on")).isNull();
    }

    @Test
    void an_external_candidate_hr_adds_is_screened_as_an_applicant_is() {
        ApplicationForm meets = form(Set.of(Degree.MD), today.plusYears(3), "Active", today.plusYears(2), 8);
        long added = As.user("recruiter", RECRUITER, () -> external.add(seed004.reference(),
                new ExternalCandidateForm("Priya", "Raman", "priya.raman@example.org", null, meets))).applicationId();

        Map<String, Object> row = stored(added);
        assertThat(row.get("criteria_met")).isEqualTo(true);
        assertThat(((java.sql.Date) row.get("credentials_expire_on")).toLocalDate()).isEqualTo(today.plusYears(2));
        assertThat(matching(CriterionOutcome.MET)).contains(added);
    }

    @Test
    void the_grid_filters_by_credential_match_and_shows_todays_outcome() {
        MyApplication met = apply("caregiver", form(Set.of(Degree.MD), today.plusYears(3), "Active", today.plusYears(2), 8));
        MyApplication expiring = apply("pophealth", form(Set.of(Degree.DO), today.plusYears(3), "Active",
                today.plusDays(30), 8));
        MyApplication inactive = apply("cmo", form(Set.of(Degree.MD), today.plusYears(3), "Inactive",
                today.plusYears(2), 8));
        MyApplication expiredCertification = apply("finance", form(Set.of(Degree.MD), today.minusDays(1), "Active",
                today.plusYears(2), 8));

        assertThat(matching(CriterionOutcome.MET)).containsExactly(met.id());
        assertThat(matching(CriterionOutcome.EXPIRING)).containsExactly(expiring.id());
        assertThat(matching(CriterionOutcome.NOT_MET)).containsExactly(inactive.id(), expiredCertification.id());
        assertThat(matching(null)).hasSize(4);
        assertThat(As.user("recruiter", RECRUITER, () -> review.count(new ReviewFilter(seed004.reference(), Set.of(),
                null, CriterionOutcome.NOT_MET)))).isEqualTo(2);

        List<ReviewRow> rows = As.user("recruiter", RECRUITER, () -> review.review(new ReviewFilter(seed004.reference(),
                Set.of(), null), PageRequest.of(0, 50, Sort.by("submittedAt"))));
        assertThat(rows).extracting(ReviewRow::match).containsExactly(CriterionOutcome.MET, CriterionOutcome.EXPIRING,
                CriterionOutcome.NOT_MET, CriterionOutcome.NOT_MET);
        assertThat(rows.get(2).criteriaSummary()).contains("NY medical licence: not met");
    }

    @Test
    void a_credential_that_lapses_after_applying_counts_as_not_met_without_re_evaluation() {
        MyApplication applied = apply("caregiver", form(Set.of(Degree.MD), today.plusYears(3), "Active",
                today.plusYears(2), 8));
        // The licence has lapsed since the evaluation: the stored date alone says so.
        jdbc.sql("update job_application set credentials_expire_on = ? where id = ?").param(today.minusDays(1))
                .param(applied.id()).update();

        assertThat(matching(CriterionOutcome.NOT_MET)).containsExactly(applied.id());
        assertThat(matching(CriterionOutcome.MET)).isEmpty();
    }

    @Test
    void the_screening_tab_reads_each_criterion_with_its_outcome_and_detail() {
        MyApplication expiring = apply("caregiver", form(Set.of(Degree.MD), today.plusYears(3), "Active",
                today.plusDays(60), 2));

        ScreeningResult result = As.user("recruiter", RECRUITER, () -> screening.screening(expiring.id())).orElseThrow();

        assertThat(result.overall()).isEqualTo(CriterionOutcome.NOT_MET);
        assertThat(result.criteria()).extracting(CriterionResult::label, CriterionResult::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Degree: MD or DO", CriterionOutcome.MET),
                org.assertj.core.groups.Tuple.tuple("Board certification", CriterionOutcome.MET),
                org.assertj.core.groups.Tuple.tuple("NY medical licence", CriterionOutcome.EXPIRING),
                org.assertj.core.groups.Tuple.tuple("At least 3 years clinical practice after residency", CriterionOutcome.NOT_MET),
                org.assertj.core.groups.Tuple.tuple("At least 3 years physician leadership", CriterionOutcome.MET),
                org.assertj.core.groups.Tuple.tuple("At least 5 years managed care", CriterionOutcome.MET));
        assertThat(result.criteria().get(2).detail()).endsWith("— expires in 60 days");
    }

    @Test
    void publishing_a_version_with_other_requirements_evaluates_the_applications_again() {
        MyApplication applied = apply("caregiver", form(Set.of(Degree.MD), today.plusYears(3), "Active",
                today.plusYears(2), 2));
        assertThat(stored(applied.id()).get("criteria_met")).isEqualTo(false);

        As.user("recruiter", RECRUITER, () -> {
            PostingDraft draft = postings.find(seed004.requisitionId()).orElseThrow();
            PostingContent c = draft.content();
            PostingRequirements relaxed = new PostingRequirements(EducationLevel.DOCTORATE_MD_DO,
                    Set.of(Degree.MD, Degree.DO), 2, 3, 5, Set.of("NY"), true, c.requirements().competencies());
            PostingDraft saved = postings.save(seed004.requisitionId(), draft.version(), new PostingContent(c.sections(),
                    relaxed, c.visibility(), c.internalDays(), c.openDate(), c.closeDate()));
            return postings.publish(seed004.requisitionId(), saved.version());
        });

        assertThat(stored(applied.id()).get("criteria_met")).isEqualTo(true);
        assertThat(matching(CriterionOutcome.MET)).containsExactly(applied.id());
    }

    @Test
    void a_posting_asking_for_a_residency_and_combined_years_with_an_mba_preferred_screens_each_apart() {
        As.user("recruiter", RECRUITER, () -> {
            PostingDraft draft = postings.find(seed004.requisitionId()).orElseThrow();
            PostingContent c = draft.content();
            PostingRequirements asked = new PostingRequirements(EducationLevel.DOCTORATE_MD_DO,
                    Set.of(Degree.MD, Degree.DO), null, null, null, Set.of("NY"), false, c.requirements().competencies())
                    .withPreferred(Set.of(Degree.MBA, Degree.MHA), 10).withResidency(true);
            PostingDraft saved = postings.save(seed004.requisitionId(), draft.version(), new PostingContent(c.sections(),
                    asked, c.visibility(), c.internalDays(), c.openDate(), c.closeDate()));
            return postings.publish(seed004.requisitionId(), saved.version());
        });
        ApplicationForm typed = form(Set.of(Degree.MD), today.plusYears(3), "Active", today.plusYears(2), 7);
        MyApplication withResidency = apply("caregiver", new ApplicationForm(typed.cv(), typed.coverLetter(),
                typed.degrees(), typed.boardCertifications(), typed.licenses(), typed.npi(), typed.clinicalYears(),
                typed.leadershipYears(), typed.managedCareYears(), true));

        assertThat(jdbc.sql("select residency_completed from job_application where id = ?").param(withResidency.id())
                .query(Boolean.class).single()).isTrue();
        ScreeningResult result = As.user("recruiter", RECRUITER, () -> screening.screening(withResidency.id()))
                .orElseThrow();
        assertThat(result.criteria()).extracting(CriterionResult::label, CriterionResult::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Degree: MD or DO", "Met"),
                org.assertj.core.groups.Tuple.tuple("Residency: completed, ACGME-accredited (or AOA-accredited)", "Met"),
                org.assertj.core.groups.Tuple.tuple("NY medical licence", "Met"),
                org.assertj.core.groups.Tuple.tuple(
                        "At least 10 years of clinical, educational and administrative experience (combined)", "Met"),
                org.assertj.core.groups.Tuple.tuple("Preferred: MBA or MHA", "Not held"));
        assertThat(result.overall()).isEqualTo(CriterionOutcome.MET);
        assertThat(stored(withResidency.id()).get("criteria_met")).isEqualTo(true);
        assertThat(As.user("recruiter", RECRUITER, () -> review.detail(withResidency.id())).residencyCompleted())
                .isTrue();
    }

    /** Fatima Haddad manages Jordan Ellis's seat; she is made an HR recruiter, but not seed 004's. */
    private long fatimaIsARecruiter() {
        PositionSummary practice = SystemActor.call(() -> orgChart.findByCode("MGB-PMD-SOM")).orElseThrow();
        SystemActor.call(() -> accounts.createAccount("fhaddad", "portal-demo-1", "Fatima Haddad",
                practice.incumbentEmployeeId(), List.of(AppRoles.RECRUITER)));
        return practice.incumbentEmployeeId();
    }

    @Test
    void the_applicants_manager_off_the_hiring_team_does_not_see_the_application_anywhere() {
        long fatima = fatimaIsARecruiter();
        MyApplication jordan = apply("caregiver", form(Set.of(Degree.MD), today.plusYears(3), "Active",
                today.plusYears(2), 8));
        MyApplication anita = apply("pophealth", form(Set.of(Degree.MD), today.plusYears(3), "Active",
                today.plusYears(2), 8));
        assertThat(stored(jordan.id()).get("applicant_manager_employee_id")).isEqualTo(fatima);

        String[] roles = {"RECRUITER"};
        ReviewFilter seed = new ReviewFilter(seed004.reference(), Set.of(), null);
        assertThat(As.user("fhaddad", roles, () -> review.review(seed, PageRequest.of(0, 50))))
                .extracting(ReviewRow::id).containsExactly(anita.id());
        assertThat(As.user("fhaddad", roles, () -> review.count(seed))).isEqualTo(1);
        assertThat(As.user("fhaddad", roles, () -> review.count(new ReviewFilter(seed004.reference(), Set.of(), null,
                CriterionOutcome.MET)))).isEqualTo(1);
        String missing = "There is no application " + jordan.id() + ".";
        assertThatThrownBy(() -> As.user("fhaddad", roles, () -> review.detail(jordan.id())))
                .isInstanceOf(DomainException.class).hasMessage(missing);
        assertThatThrownBy(() -> As.user("fhaddad", roles, () -> review.detail(Long.MAX_VALUE)))
                .isInstanceOf(DomainException.class).hasMessage("There is no application " + Long.MAX_VALUE + ".");
        assertThatThrownBy(() -> As.user("fhaddad", roles, () -> screening.screening(jordan.id())))
                .isInstanceOf(DomainException.class).hasMessage(missing);
        assertThatThrownBy(() -> As.user("fhaddad", roles, () -> stages.moveStage(List.of(new StageMove(jordan.id(),
                jordan.version())), ApplicationStage.SCREENING, null))).isInstanceOf(DomainException.class)
                .hasMessage(missing);

        // The requisition's own recruiter and hiring manager see it as before.
        assertThat(As.user("recruiter", RECRUITER, () -> review.count(seed))).isEqualTo(2);
        assertThat(As.user("manager", () -> review.detail(jordan.id())).candidateName()).isEqualTo("Jordan Ellis, MD");
    }

    @Test
    void whoever_requested_the_requisition_but_does_not_hire_for_it_is_not_on_its_hiring_team() {
        PositionSummary practice = SystemActor.call(() -> orgChart.findByCode("MGB-PMD-SOM")).orElseThrow();
        SystemActor.call(() -> accounts.createAccount("fhaddad", "portal-demo-1", "Fatima Haddad",
                practice.incumbentEmployeeId(), List.of(AppRoles.HIRING_MANAGER)));
        // Fatima requested seed 004's requisition; Maya Okafor ("manager") hires for it.
        jdbc.sql("update requisition set requested_by = 'fhaddad' where id = ?").param(seed004.requisitionId()).update();
        MyApplication jordan = apply("caregiver", form(Set.of(Degree.MD), today.plusYears(3), "Active",
                today.plusYears(2), 8));
        MyApplication anita = apply("pophealth", form(Set.of(Degree.MD), today.plusYears(3), "Active",
                today.plusYears(2), 8));

        String[] roles = {"HIRING_MANAGER"};
        assertThat(As.user("fhaddad", roles, () -> review.review(new ReviewFilter(seed004.reference(), Set.of(), null),
                PageRequest.of(0, 50)))).isEmpty();
        assertThatThrownBy(() -> As.user("fhaddad", roles, () -> review.detail(jordan.id())))
                .isInstanceOf(DomainException.class).hasMessage("There is no application " + jordan.id() + ".");
        assertThatThrownBy(() -> As.user("fhaddad", roles, () -> review.detail(anita.id())))
                .isInstanceOf(DomainException.class).hasMessage("There is no application " + anita.id() + ".");
    }

    @Test
    void the_applicants_manager_on_the_hiring_team_sees_the_application() {
        long fatima = fatimaIsARecruiter();
        MyApplication jordan = apply("caregiver", form(Set.of(Degree.MD), today.plusYears(3), "Active",
                today.plusYears(2), 8));
        // Seed 004's recruiter becomes Fatima: now she is on its hiring team.
        jdbc.sql("update requisition set recruiter = 'fhaddad' where id = ?").param(seed004.requisitionId()).update();

        assertThat(As.user("fhaddad", new String[] {"RECRUITER"}, () -> review.detail(jordan.id())).candidateName())
                .isEqualTo("Jordan Ellis, MD");
        assertThat(stored(jordan.id()).get("applicant_manager_employee_id")).isEqualTo(fatima);
        assertThat(As.user("fhaddad", new String[] {"RECRUITER"}, () -> review.count(new ReviewFilter(
                seed004.reference(), Set.of(), null)))).isEqualTo(1);
    }
}
