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
    void budget_impact_is_the_range_times_fte_times_openings() {
        assertThat(Budget.of(new BigDecimal("280000"), new BigDecimal("0.50"), 2)).isEqualByComparingTo("280000");
        assertThat(Budget.of(null, BigDecimal.ONE, 1)).isNull();
    }
}
