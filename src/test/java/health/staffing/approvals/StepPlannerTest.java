package health.staffing.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.requisitions.RequisitionKind;
import health.staffing.security.AppRoles;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepPlannerTest {

    private static final List<ChainStep> NEW_POSITION = DefaultApprovalChains.DEFAULTS.get(RequisitionKind.NEW_POSITION);
    private static final List<ChainStep> REPLACEMENT = DefaultApprovalChains.DEFAULTS.get(RequisitionKind.REPLACEMENT);

    private static final RoutingFacts.Partner POPULATION_HEALTH = new RoutingFacts.Partner("MGB-ACPHO",
            "Associate Chief Population Health Officer", "population health", "Anita Shah, MD, MPH", "pophealth",
            "Anita Shah");

    private static RoutingFacts facts(RequisitionKind kind, String salaryMax, List<ChainStep> chain,
            RoutingFacts.Partner... partners) {
        return new RoutingFacts(kind, salaryMax == null ? null : new BigDecimal(salaryMax), chain, List.of(partners),
                "manager", "manager");
    }

    @Test
    void new_position_goes_to_finance_then_the_cmo_office_and_skips_the_high_salary_step_with_its_reason() {
        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.NEW_POSITION, "300000", NEW_POSITION));

        assertThat(plan).extracting(PlannedStep::label)
                .containsExactly("Finance review", "CMO sign-off — high salary", "CMO office approval");
        assertThat(plan.get(0).role()).isEqualTo(AppRoles.FINANCE);
        assertThat(plan.get(1).skippedReason()).isEqualTo("salary maximum $300,000 is not above $350,000");
        assertThat(plan.get(2).skipped()).isFalse();
        assertThat(plan.get(2).approverName()).isEqualTo("CMO office");
    }

    @Test
    void a_salary_maximum_above_the_threshold_adds_the_threshold_step() {
        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.REPLACEMENT, "350000.01", REPLACEMENT));

        assertThat(plan).extracting(PlannedStep::label).containsExactly("Finance — high salary review", "CMO office approval");
        assertThat(plan).noneMatch(PlannedStep::skipped);
    }

    @Test
    void a_salary_maximum_exactly_at_the_threshold_does_not_trigger_it() {
        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.REPLACEMENT, "350000", REPLACEMENT));

        assertThat(plan.getFirst().skipped()).isTrue();
    }

    @Test
    void a_missing_salary_maximum_skips_threshold_steps_and_says_so() {
        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.REPLACEMENT, null, REPLACEMENT));

        assertThat(plan.getFirst().skippedReason()).isEqualTo("no salary maximum given; applies only above $350,000");
    }

    @Test
    void a_dotted_line_partner_is_consulted_before_the_final_cmo_office_step() {
        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.REPLACEMENT, "400000", REPLACEMENT,
                POPULATION_HEALTH));

        assertThat(plan).extracting(PlannedStep::label).containsExactly("Finance — high salary review",
                "Consulted: Associate Chief Population Health Officer (population health)", "CMO office approval");
        PlannedStep consulted = plan.get(1);
        assertThat(consulted.consulted()).isTrue();
        assertThat(consulted.username()).isEqualTo("pophealth");
        assertThat(consulted.role()).isNull();
        assertThat(consulted.approverName()).isEqualTo("Anita Shah");
    }

    @Test
    void the_cmo_office_signs_a_high_salary_new_position_once_under_both_labels() {
        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.NEW_POSITION, "400000", NEW_POSITION));

        assertThat(plan).extracting(PlannedStep::label)
                .containsExactly("Finance review", "CMO sign-off — high salary + CMO office approval");
        assertThat(plan.get(1).role()).isEqualTo(AppRoles.CMO_OFFICE);
        assertThat(plan).noneMatch(PlannedStep::skipped);
    }

    @Test
    void consulted_steps_go_before_the_collapsed_cmo_office_decision() {
        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.NEW_POSITION, "400000", NEW_POSITION,
                POPULATION_HEALTH));

        assertThat(plan).extracting(PlannedStep::label).containsExactly("Finance review",
                "Consulted: Associate Chief Population Health Officer (population health)",
                "CMO sign-off — high salary + CMO office approval");
    }

    @Test
    void a_skipped_step_between_two_steps_of_the_same_person_does_not_separate_them() {
        List<ChainStep> chain = List.of(ChainStep.person("Chief medical officer", "cmo"),
                ChainStep.role("Finance — very high salary", AppRoles.FINANCE).above(new BigDecimal("900000")),
                ChainStep.person("Chief medical officer — final", "cmo"),
                ChainStep.role("CMO office approval", AppRoles.CMO_OFFICE));

        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.NEW_POSITION, "200000", chain));

        assertThat(plan).extracting(PlannedStep::label).containsExactly(
                "Chief medical officer + Chief medical officer — final", "Finance — very high salary",
                "CMO office approval");
        assertThat(plan.get(0).username()).isEqualTo("cmo");
        assertThat(plan.get(1).skipped()).isTrue();
    }

    @Test
    void steps_of_different_people_or_a_person_and_a_role_stay_apart() {
        List<ChainStep> chain = List.of(ChainStep.person("Chief medical officer", "cmo"),
                ChainStep.role("CMO office approval", AppRoles.CMO_OFFICE),
                ChainStep.person("Chief executive", "ceo"));

        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.NEW_POSITION, "200000", chain));

        assertThat(plan).extracting(PlannedStep::label)
                .containsExactly("Chief medical officer", "CMO office approval", "Chief executive");
    }

    @Test
    void collapsed_labels_keep_to_the_column_length() {
        String longLabel = "x".repeat(90);
        List<ChainStep> chain = List.of(ChainStep.role(longLabel, AppRoles.FINANCE),
                ChainStep.role(longLabel, AppRoles.FINANCE));

        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.NEW_POSITION, "200000", chain));

        assertThat(plan).hasSize(1);
        assertThat(plan.getFirst().label()).hasSize(100).endsWith("…");
    }

    @Test
    void a_vacant_partner_seat_or_an_incumbent_without_account_is_recorded_as_a_skipped_consulted_step() {
        RoutingFacts.Partner vacant = new RoutingFacts.Partner("MPH-VP-CS", "VP of Clinical Services", "UM operations",
                null, null, null);
        RoutingFacts.Partner noAccount = new RoutingFacts.Partner("MH-CMO", "Chief Medical Officer",
                "clinical collaboration", "Helen Kowalski, MD", null, null);

        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.REPLACEMENT, "200000", REPLACEMENT,
                vacant, noAccount));

        assertThat(plan).extracting(PlannedStep::skippedReason).containsExactly(
                "salary maximum $200,000 is not above $350,000",
                "the dotted-line seat VP of Clinical Services is vacant",
                "Helen Kowalski, MD (Chief Medical Officer) has no portal account",
                null);
        assertThat(plan.get(1).consulted()).isTrue();
        assertThat(plan.get(1).username()).isNull();
    }

    @Test
    void a_partner_who_requested_the_requisition_is_not_asked_to_consult_on_it() {
        RoutingFacts.Partner requester = new RoutingFacts.Partner("MGB-ACMO-PC", "Assistant CMO", "quality", "Maya Okafor",
                "manager", "Maya Okafor");

        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.REPLACEMENT, "200000", REPLACEMENT, requester));

        assertThat(plan.get(1).skippedReason()).isEqualTo("Maya Okafor requested or hires for this requisition");
    }

    @Test
    void the_same_partner_seat_is_consulted_once() {
        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.REPLACEMENT, "200000", REPLACEMENT,
                POPULATION_HEALTH, POPULATION_HEALTH));

        assertThat(plan).filteredOn(PlannedStep::consulted).hasSize(1);
    }

    @Test
    void without_a_cmo_office_step_partners_are_consulted_before_the_last_applying_step() {
        List<ChainStep> chain = List.of(ChainStep.role("Finance review", AppRoles.FINANCE),
                ChainStep.person("Chief executive sign-off", "ceo").above(new BigDecimal("500000")),
                ChainStep.person("Chief medical officer", "cmo"));

        List<PlannedStep> plan = StepPlanner.plan(facts(RequisitionKind.NEW_POSITION, "200000", chain,
                POPULATION_HEALTH));

        assertThat(plan).extracting(PlannedStep::label).containsExactly("Finance review", "Chief executive sign-off",
                "Consulted: Associate Chief Population Health Officer (population health)", "Chief medical officer");
        assertThat(plan.get(3).username()).isEqualTo("cmo");
    }
}
