package health.staffing.candidates.screening;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.DeclaredCredentials;
import health.staffing.candidates.StateLicense;
import health.staffing.requisitions.Degree;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.PostingRequirements;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The screening rules on their own: every criterion, the expiry window, missing data and seed 004. */
class ScreeningCriteriaTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final int WINDOW = 90;

    /** Seed 004 (and 001's core): MD or DO, board certification, 3 years post-residency, NY licence. */
    static final PostingRequirements SEED_004 = new PostingRequirements(EducationLevel.DOCTORATE_MD_DO,
            Set.of(Degree.MD, Degree.DO), 3, 3, 5, Set.of("NY"), true, List.of("Integrity and Trust"));

    static DeclaredCredentials qualified() {
        return new DeclaredCredentials(Set.of(Degree.DO, Degree.MBA),
                List.of(new BoardCertification("Internal Medicine", "ABIM", LocalDate.of(2031, 12, 31))),
                List.of(new StateLicense("NY", "123456", "Active", LocalDate.of(2028, 6, 30))), 8, 4, 6);
    }

    private static ScreeningResult screen(PostingRequirements requirements, DeclaredCredentials declared) {
        return ScreeningCriteria.evaluate(requirements, declared, TODAY, WINDOW);
    }

    private static CriterionResult criterion(ScreeningResult result, String label) {
        return result.criteria().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void a_qualified_candidate_meets_every_criterion_of_seed_004() {
        ScreeningResult result = screen(SEED_004, qualified());

        assertThat(result.criteria()).extracting(CriterionResult::label).containsExactly("Degree: MD or DO",
                "Board certification", "NY medical licence", "At least 3 years clinical practice after residency",
                "At least 3 years physician leadership", "At least 5 years managed care");
        assertThat(result.criteria()).extracting(CriterionResult::outcome).containsOnly(CriterionOutcome.MET);
        assertThat(result.overall()).isEqualTo(CriterionOutcome.MET);
        assertThat(result.criteriaMet()).isTrue();
        assertThat(result.credentialsExpireOn()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(criterion(result, "Degree: MD or DO").detail()).isEqualTo("DO declared");
        assertThat(criterion(result, "NY medical licence").detail()).isEqualTo("NY licence 123456 active until 30 Jun 2028");
    }

    @Test
    void a_degree_outside_the_accepted_ones_is_not_met() {
        DeclaredCredentials q = qualified();
        ScreeningResult result = screen(SEED_004, new DeclaredCredentials(Set.of(Degree.DNP, Degree.MBA),
                q.boardCertifications(), q.licenses(), 8, 4, 6));

        assertThat(criterion(result, "Degree: MD or DO").outcome()).isEqualTo(CriterionOutcome.NOT_MET);
        assertThat(criterion(result, "Degree: MD or DO").detail()).isEqualTo("Declared DNP, MBA; none of MD or DO.");
        assertThat(result.overall()).isEqualTo(CriterionOutcome.NOT_MET);
        assertThat(result.criteriaMet()).isFalse();
        assertThat(result.credentialsExpireOn()).isNull();
    }

    @Test
    void seed_001_accepts_a_dnp() {
        PostingRequirements seed001 = new PostingRequirements(EducationLevel.DOCTORATE_MD_DO,
                Set.of(Degree.MD, Degree.DO, Degree.DNP), 5, 3, null, Set.of(), true, List.of());
        DeclaredCredentials q = qualified();
        ScreeningResult result = screen(seed001, new DeclaredCredentials(Set.of(Degree.DNP), q.boardCertifications(),
                List.of(), 5, 3, null));

        assertThat(result.criteria()).extracting(CriterionResult::label).containsExactly("Degree: MD, DO or DNP",
                "Board certification", "At least 5 years clinical practice after residency",
                "At least 3 years physician leadership");
        assertThat(result.overall()).isEqualTo(CriterionOutcome.MET);
    }

    @Test
    void the_education_minimum_applies_when_no_degrees_are_listed() {
        PostingRequirements masters = new PostingRequirements(EducationLevel.MASTER, Set.of(), null, null, null,
                Set.of(), false, List.of());
        PostingRequirements mdDo = new PostingRequirements(EducationLevel.DOCTORATE_MD_DO, Set.of(), null, null, null,
                Set.of(), false, List.of());

        assertThat(screen(masters, new DeclaredCredentials(Set.of(Degree.MHA), null, null, null, null, null)).overall())
                .isEqualTo(CriterionOutcome.MET);
        assertThat(screen(masters, new DeclaredCredentials(Set.of(Degree.BACHELOR), null, null, null, null, null))
                .criteria().getFirst().detail()).isEqualTo("Declared Bachelor's degree; below the minimum.");
        assertThat(screen(mdDo, new DeclaredCredentials(Set.of(Degree.PHD), null, null, null, null, null)).overall())
                .isEqualTo(CriterionOutcome.NOT_MET);
        assertThat(screen(mdDo, new DeclaredCredentials(Set.of(Degree.MD), null, null, null, null, null)).overall())
                .isEqualTo(CriterionOutcome.MET);
    }

    @Test
    void an_expired_board_certification_is_not_met() {
        DeclaredCredentials q = qualified();
        ScreeningResult result = screen(SEED_004, new DeclaredCredentials(q.degrees(),
                List.of(new BoardCertification("Internal Medicine", "ABIM", LocalDate.of(2026, 11, 22))), q.licenses(),
                8, 4, 6));

        CriterionResult board = criterion(result, "Board certification");
        assertThat(board.outcome()).isEqualTo(CriterionOutcome.NOT_MET);
        assertThat(board.detail()).isEqualTo("Internal Medicine (ABIM) expired on 22 Nov 2026.");
        assertThat(result.overall()).isEqualTo(CriterionOutcome.NOT_MET);
    }

    @Test
    void a_valid_certification_counts_even_next_to_an_expired_one() {
        DeclaredCredentials q = qualified();
        ScreeningResult result = screen(SEED_004, new DeclaredCredentials(q.degrees(),
                List.of(new BoardCertification("Pediatrics", "ABP", LocalDate.of(2020, 1, 1)),
                        new BoardCertification("Family Medicine", "ABFM", null)), q.licenses(), 8, 4, 6));

        CriterionResult board = criterion(result, "Board certification");
        assertThat(board.outcome()).isEqualTo(CriterionOutcome.MET);
        assertThat(board.detail()).isEqualTo("Family Medicine (ABFM), no expiry date given");
        assertThat(board.expiresOn()).isNull();
    }

    @Test
    void a_credential_expiring_within_the_window_is_expiring_and_the_window_is_inclusive() {
        DeclaredCredentials q = qualified();
        DeclaredCredentials soon = new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                List.of(new StateLicense("NY", "123456", "Active", TODAY.plusDays(60))), 8, 4, 6);
        ScreeningResult result = screen(SEED_004, soon);

        CriterionResult licence = criterion(result, "NY medical licence");
        assertThat(licence.outcome()).isEqualTo(CriterionOutcome.EXPIRING);
        assertThat(licence.detail()).isEqualTo("NY licence 123456 active until 22 Jan 2027 — expires in 60 days");
        assertThat(result.overall()).isEqualTo(CriterionOutcome.EXPIRING);
        assertThat(result.criteriaMet()).isTrue();
        assertThat(result.credentialsExpireOn()).isEqualTo(TODAY.plusDays(60));

        DeclaredCredentials edge = new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                List.of(new StateLicense("NY", "123456", "Active", TODAY.plusDays(WINDOW))), 8, 4, 6);
        DeclaredCredentials beyond = new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                List.of(new StateLicense("NY", "123456", "Active", TODAY.plusDays(WINDOW + 1))), 8, 4, 6);
        assertThat(screen(SEED_004, edge).overall()).isEqualTo(CriterionOutcome.EXPIRING);
        assertThat(screen(SEED_004, beyond).overall()).isEqualTo(CriterionOutcome.MET);
        assertThat(ScreeningCriteria.evaluate(SEED_004, soon, TODAY, 30).overall()).isEqualTo(CriterionOutcome.MET);
    }

    @Test
    void a_licence_expiring_today_still_counts_but_is_expiring() {
        DeclaredCredentials q = qualified();
        ScreeningResult result = screen(SEED_004, new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                List.of(new StateLicense("NY", "123456", "Active", TODAY)), 8, 4, 6));

        assertThat(criterion(result, "NY medical licence").detail()).endsWith("— expires today");
        assertThat(result.overall()).isEqualTo(CriterionOutcome.EXPIRING);
    }

    @Test
    void an_inactive_or_expired_licence_or_one_in_another_state_is_not_met() {
        DeclaredCredentials q = qualified();
        ScreeningResult inactive = screen(SEED_004, new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                List.of(new StateLicense("NY", "123456", "Inactive", LocalDate.of(2028, 6, 30))), 8, 4, 6));
        ScreeningResult expired = screen(SEED_004, new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                List.of(new StateLicense("NY", "123456", "Active", LocalDate.of(2026, 6, 30))), 8, 4, 6));
        ScreeningResult elsewhere = screen(SEED_004, new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                List.of(new StateLicense("MA", "271845", "Active", LocalDate.of(2028, 6, 30))), 8, 4, 6));

        assertThat(criterion(inactive, "NY medical licence").detail()).isEqualTo("NY licence 123456 is inactive, not active.");
        assertThat(criterion(expired, "NY medical licence").detail()).isEqualTo("NY licence 123456 expired on 30 Jun 2026.");
        assertThat(criterion(elsewhere, "NY medical licence").detail()).isEqualTo("No NY licence declared (declared: MA).");
        assertThat(List.of(inactive, expired, elsewhere)).extracting(ScreeningResult::overall)
                .containsOnly(CriterionOutcome.NOT_MET);
    }

    @Test
    void each_listed_state_needs_its_own_licence() {
        PostingRequirements two = new PostingRequirements(null, Set.of(), null, null, null, Set.of("NY", "MA"), false,
                List.of());
        ScreeningResult result = screen(two, qualified());

        assertThat(result.criteria()).extracting(CriterionResult::label).containsExactly("MA medical licence",
                "NY medical licence");
        assertThat(result.criteria()).extracting(CriterionResult::outcome).containsExactly(CriterionOutcome.NOT_MET,
                CriterionOutcome.MET);
    }

    @Test
    void years_below_the_minimum_or_not_declared_are_not_met() {
        DeclaredCredentials q = qualified();
        ScreeningResult result = screen(SEED_004, new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                q.licenses(), 2, null, 5));

        assertThat(criterion(result, "At least 3 years clinical practice after residency").detail()).isEqualTo("Declared 2 years.");
        assertThat(criterion(result, "At least 3 years physician leadership").detail()).isEqualTo("Not declared.");
        assertThat(criterion(result, "At least 5 years managed care").outcome()).isEqualTo(CriterionOutcome.MET);
        assertThat(result.overall()).isEqualTo(CriterionOutcome.NOT_MET);
    }

    @Test
    void nothing_declared_meets_nothing_and_an_expiring_credential_does_not_hide_a_missing_one() {
        ScreeningResult empty = screen(SEED_004, new DeclaredCredentials(null, null, null, null, null, null));
        assertThat(empty.criteria()).extracting(CriterionResult::outcome).containsOnly(CriterionOutcome.NOT_MET);
        assertThat(criterion(empty, "Board certification").detail()).isEqualTo("No board certification declared.");
        assertThat(criterion(empty, "NY medical licence").detail()).isEqualTo("No licence declared.");

        DeclaredCredentials q = qualified();
        ScreeningResult mixed = screen(SEED_004, new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                List.of(new StateLicense("NY", "1", "Active", TODAY.plusDays(10))), 1, 4, 6));
        assertThat(mixed.overall()).isEqualTo(CriterionOutcome.NOT_MET);
        assertThat(mixed.credentialsExpireOn()).isNull();
    }

    @Test
    void a_posting_without_requirements_has_no_criteria_and_is_met() {
        ScreeningResult result = screen(PostingRequirements.NONE, qualified());

        assertThat(result.criteria()).isEmpty();
        assertThat(result.overall()).isEqualTo(CriterionOutcome.MET);
        assertThat(result.summary()).isEqualTo("The posting names no typed minimum qualifications.");
    }

    @Test
    void the_earliest_expiry_among_met_criteria_is_kept_and_the_summary_lists_every_criterion() {
        DeclaredCredentials q = qualified();
        ScreeningResult result = screen(SEED_004, new DeclaredCredentials(q.degrees(),
                List.of(new BoardCertification("Internal Medicine", "ABIM", LocalDate.of(2027, 12, 31))),
                List.of(new StateLicense("NY", "9", "Active", LocalDate.of(2026, 12, 31)),
                        new StateLicense("NY", "123456", "Active", LocalDate.of(2029, 1, 31))), 8, 4, 6));

        assertThat(result.credentialsExpireOn()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(result.overall()).isEqualTo(CriterionOutcome.MET);
        assertThat(result.summary()).startsWith("Degree: MD or DO: met\nBoard certification: met until 31 Dec 2027\n"
                + "NY medical licence: met until 31 Jan 2029\n");
    }

    @Test
    void the_stored_facts_give_todays_outcome() {
        assertThat(ScreeningCriteria.current(null, null, TODAY, WINDOW)).isNull();
        assertThat(ScreeningCriteria.current(false, null, TODAY, WINDOW)).isEqualTo(CriterionOutcome.NOT_MET);
        assertThat(ScreeningCriteria.current(true, null, TODAY, WINDOW)).isEqualTo(CriterionOutcome.MET);
        assertThat(ScreeningCriteria.current(true, TODAY.plusDays(91), TODAY, WINDOW)).isEqualTo(CriterionOutcome.MET);
        assertThat(ScreeningCriteria.current(true, TODAY.plusDays(90), TODAY, WINDOW)).isEqualTo(CriterionOutcome.EXPIRING);
        assertThat(ScreeningCriteria.current(true, TODAY, TODAY, WINDOW)).isEqualTo(CriterionOutcome.EXPIRING);
        assertThat(ScreeningCriteria.current(true, TODAY.minusDays(1), TODAY, WINDOW)).isEqualTo(CriterionOutcome.NOT_MET);
    }

    /** The Maryland associate CMO posting: MD or DO required, MBA or MHA preferred, 5 combined years. */
    static final PostingRequirements ASSOCIATE_CMO = new PostingRequirements(EducationLevel.DOCTORATE_MD_DO,
            Set.of(Degree.MD, Degree.DO), null, null, null, Set.of(), false, List.of())
            .withPreferred(Set.of(Degree.MBA, Degree.MHA), 5);

    @Test
    void a_preferred_degree_held_is_a_plus_and_one_not_held_never_fails_the_application() {
        ScreeningResult withMba = screen(ASSOCIATE_CMO, qualified());
        CriterionResult plus = criterion(withMba, "Preferred: MBA or MHA");
        assertThat(plus.preferred()).isTrue();
        assertThat(plus.verdict()).isEqualTo("A plus");
        assertThat(plus.tone()).isEqualTo("success");
        assertThat(plus.detail()).isEqualTo("MBA declared");

        DeclaredCredentials q = qualified();
        ScreeningResult withoutMba = screen(ASSOCIATE_CMO, new DeclaredCredentials(Set.of(Degree.MD),
                q.boardCertifications(), q.licenses(), 8, 4, 6));
        CriterionResult notHeld = criterion(withoutMba, "Preferred: MBA or MHA");
        assertThat(notHeld.verdict()).isEqualTo("Not held");
        assertThat(notHeld.tone()).isEqualTo("neutral");
        assertThat(notHeld.detail()).isEqualTo("Not declared; preferred, not required.");
        assertThat(withoutMba.overall()).isEqualTo(CriterionOutcome.MET);
        assertThat(withoutMba.criteriaMet()).isTrue();
        assertThat(withoutMba.summary()).contains("Preferred: MBA or MHA: not held")
                .doesNotContain("Preferred: MBA or MHA: not met");
    }

    @Test
    void combined_experience_adds_the_declared_clinical_and_leadership_years() {
        DeclaredCredentials q = qualified();
        CriterionResult met = criterion(screen(ASSOCIATE_CMO, new DeclaredCredentials(q.degrees(),
                q.boardCertifications(), q.licenses(), 3, 2, null)),
                "At least 5 years of clinical, educational and administrative experience (combined)");
        assertThat(met.outcome()).isEqualTo(CriterionOutcome.MET);
        assertThat(met.detail()).isEqualTo("3 clinical + 2 leadership = 5 years declared");

        ScreeningResult short_ = screen(ASSOCIATE_CMO, new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                q.licenses(), 4, null, 9));
        assertThat(criterion(short_, "At least 5 years of clinical, educational and administrative experience (combined)")
                .detail()).isEqualTo("4 clinical + 0 leadership = 4 years declared.");
        assertThat(short_.overall()).isEqualTo(CriterionOutcome.NOT_MET);

        ScreeningResult undeclared = screen(ASSOCIATE_CMO, new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                q.licenses(), null, null, null));
        assertThat(criterion(undeclared, "At least 5 years of clinical, educational and administrative experience"
                + " (combined)").detail()).isEqualTo("Not declared.");
    }

    @Test
    void a_residency_is_met_only_when_the_applicant_declared_it_completed() {
        PostingRequirements residency = PostingRequirements.NONE.withResidency(true);
        DeclaredCredentials q = qualified();
        String label = "Residency: completed, ACGME-accredited (or AOA-accredited)";

        ScreeningResult declared = screen(residency, new DeclaredCredentials(q.degrees(), q.boardCertifications(),
                q.licenses(), 8, 4, 6, true));
        assertThat(criterion(declared, label).outcome()).isEqualTo(CriterionOutcome.MET);
        assertThat(declared.overall()).isEqualTo(CriterionOutcome.MET);

        ScreeningResult silent = screen(residency, q);
        assertThat(criterion(silent, label).detail()).isEqualTo("Not declared.");
        assertThat(silent.overall()).isEqualTo(CriterionOutcome.NOT_MET);
    }
}
