package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequisitionRulesTest {

    @Test
    void a_complete_form_has_no_problems() {
        assertThat(RequisitionRules.problems(RequisitionTestData.form())).isEmpty();
    }

    @Test
    void salary_minimum_above_maximum_is_refused() {
        RequisitionForm form = RequisitionTestData.form();
        form.setSalaryMin(new BigDecimal("350000"));
        assertThat(RequisitionRules.problems(form)).containsExactly("The salary minimum must not be above the maximum.");
    }

    @Test
    void administrative_fte_cannot_exceed_total_fte() {
        RequisitionForm form = RequisitionTestData.form();
        form.setFte(new BigDecimal("0.50"));
        form.setAdminFte(new BigDecimal("0.60"));
        assertThat(RequisitionRules.problems(form)).containsExactly("Administrative FTE must be between 0 and the total FTE.");
    }

    @Test
    void a_hybrid_role_needs_its_days_on_site() {
        RequisitionForm form = RequisitionTestData.form();
        form.setDaysOnSite(null);
        assertThat(RequisitionRules.problems(form)).containsExactly("A hybrid role needs 1 to 4 days on site a week.");
    }

    @Test
    void a_dotted_line_to_the_manager_duplicates_the_solid_line() {
        RequisitionForm form = RequisitionTestData.form();
        form.setDottedLines(List.of(new ProposedDottedLine("MGB-ACMO-PC", "quality oversight")));
        assertThat(RequisitionRules.problems(form)).containsExactly("A dotted line cannot duplicate the solid line to the manager.");
    }

    @Test
    void every_missing_field_is_reported_at_once() {
        RequisitionForm form = new RequisitionForm();
        assertThat(RequisitionRules.problems(form)).contains("Enter the title.", "Enter the department.",
                "Enter the cost center.", "Choose the hiring manager.", "Choose the recruiter.",
                "Choose the manager position the new seat reports to.");
    }

    @Test
    void every_text_longer_than_its_column_is_reported_at_once_with_its_limit() {
        RequisitionForm form = RequisitionTestData.form();
        form.setDepartment("d".repeat(201));
        form.setCategory("c".repeat(201));
        form.setAddressLine("a".repeat(201));
        form.setCity("c".repeat(101));
        form.setPostalCode("0".repeat(11));
        form.setCostCenter("C".repeat(41));
        form.setJustification("j".repeat(4001));
        form.setTitle("t".repeat(100_000));
        form.setDottedLines(List.of(new ProposedDottedLine("MGB-CQO", "l".repeat(101))));
        assertThat(RequisitionRules.problems(form)).containsExactlyInAnyOrder(
                "The title can be at most 200 characters; it has 100,000.",
                "The department can be at most 200 characters; it has 201.",
                "The category can be at most 200 characters; it has 201.",
                "The address can be at most 200 characters; it has 201.",
                "The city can be at most 100 characters; it has 101.",
                "Enter the postal code as a ZIP code (02145 or 02145-1234), or leave it empty.",
                "The cost center can be at most 40 characters; it has 41.",
                "The justification can be at most 4,000 characters; it has 4,001.",
                "A dotted line's label can be at most 100 characters; it has 101.");
    }

    @Test
    void salaries_beyond_any_leadership_pay_or_with_fractions_of_cents_are_refused() {
        RequisitionForm form = RequisitionTestData.form();
        form.setSalaryMax(new BigDecimal("999999999999999999999"));
        assertThat(RequisitionRules.problems(form))
                .containsExactly("Salaries are yearly amounts up to $10,000,000 with at most two cents digits.");
        form.setSalaryMax(new BigDecimal("340000.001"));
        assertThat(RequisitionRules.problems(form)).hasSize(1);
    }

    @Test
    void ftes_have_two_decimals_like_their_column() {
        RequisitionForm form = RequisitionTestData.form();
        form.setAdminFte(new BigDecimal("0.333"));
        assertThat(RequisitionRules.problems(form)).containsExactly("FTEs have at most two digits after the point (0.75).");
    }

    @Test
    void budget_impact_is_the_range_times_fte_times_openings() {
        assertThat(Budget.of(new BigDecimal("280000"), new BigDecimal("0.50"), 2)).isEqualByComparingTo("280000");
        assertThat(Budget.of(null, BigDecimal.ONE, 1)).isNull();
    }

    @Test
    void each_field_rule_names_its_own_problem_and_the_form_reports_them_all_at_once() {
        assertThat(RequisitionRules.state("M1")).contains("Enter the state as two letters (MA, NY).");
        assertThat(RequisitionRules.state(" ma ")).isEmpty();
        assertThat(RequisitionRules.openings(0)).contains("Openings must be between 1 and "
                + RequisitionForm.MAX_OPENINGS + ".");
        assertThat(RequisitionRules.openings(RequisitionForm.MAX_OPENINGS)).isEmpty();
        assertThat(RequisitionRules.salary(new BigDecimal("-1"))).contains("Salaries must be positive yearly amounts.");
        assertThat(RequisitionRules.salary(RequisitionForm.MAX_SALARY.add(BigDecimal.ONE))).isPresent();
        assertThat(RequisitionRules.salary(null)).as("an open end of the range").isEmpty();
        assertThat(RequisitionRules.daysOnSite(WorkArrangement.ON_SITE, null)).isEmpty();
        assertThat(RequisitionRules.title("x".repeat(RequisitionForm.MAX_TITLE + 1))).isPresent();

        RequisitionForm form = RequisitionTestData.form();
        form.setState("M1");
        form.setOpenings(0);
        form.setTitle(" ");
        assertThat(RequisitionRules.problems(form)).contains(RequisitionRules.state("M1").orElseThrow(),
                RequisitionRules.openings(0).orElseThrow(), RequisitionRules.title(" ").orElseThrow());
    }
}
