package health.staffing.requisitions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import health.staffing.ViewTest;
import health.staffing.base.TextLimits;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.hostile.HostileInputs;
import health.staffing.orgchart.OrgChartService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every field of the requisition form, tried with every entry of the hostile corpus as a client
 * that ignores the browser's limits would send it. Each trial must end either refused with a
 * message on the page (nothing saved, the typed value still in its field) or stored exactly as
 * typed; no exception may escape. Prints the tally per outcome.
 */
@ViewTest
@Transactional
class RequisitionFormHostileInputTest extends SpringBrowserlessTest {

    @Autowired
    OrgChartService orgChart;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void every_field_refuses_or_stores_exactly_what_a_hostile_client_sends() {
        Map<String, Function<RequisitionFormView, AbstractField<?, String>>> fields = new LinkedHashMap<>();
        fields.put("title", f -> f.fields.title);
        fields.put("department", f -> f.fields.department);
        fields.put("category", f -> f.fields.category);
        fields.put("address_line", f -> f.fields.addressLine);
        fields.put("city", f -> f.fields.city);
        fields.put("state", f -> f.fields.state);
        fields.put("postal_code", f -> f.fields.postalCode);
        fields.put("justification", f -> f.fields.justification);
        fields.put("cost_center", f -> f.fields.costCenter);
        fields.put("fte", f -> f.fields.fte);
        fields.put("admin_fte", f -> f.fields.adminFte);
        fields.put("salary_min", f -> f.fields.salaryMin);
        fields.put("salary_max", f -> f.fields.salaryMax);
        fields.put("openings", f -> f.fields.openings);
        fields.put("days_on_site", f -> f.fields.daysOnSite);

        List<String> failures = new ArrayList<>();
        int refused = 0;
        int stored = 0;
        for (var field : fields.entrySet()) {
            for (HostileInputs.Input input : HostileInputs.all()) {
                String trial = field.getKey() + " ← " + input.name();
                try {
                    switch (trial(field.getKey(), field.getValue(), input.value())) {
                        case REFUSED -> refused++;
                        case STORED -> stored++;
                        case LOST -> failures.add(trial + ": neither refused with a message nor stored as typed");
                    }
                } catch (RuntimeException escaped) {
                    failures.add(trial + ": " + escaped);
                }
            }
        }
        System.out.printf("Hostile inputs, requisition form: %d trials (%d fields × %d inputs): %d refused with a"
                + " message, %d stored exactly, %d failed%n", refused + stored + failures.size(), fields.size(),
                HostileInputs.all().size(), refused, stored, failures.size());
        assertThat(failures).isEmpty();
    }

    private enum Outcome { REFUSED, STORED, LOST }

    private Outcome trial(String column, Function<RequisitionFormView, AbstractField<?, String>> pick, String value) {
        RequisitionFormView form = navigate(RequisitionFormView.class);
        fill(form);
        AbstractField<?, String> field = pick.apply(form);
        field.setValue(value); // as a client would send it, past the browser's maxlength
        long before = count();

        test(form.save).click();

        if (count() == before) {
            boolean shown = form.errors.isVisible() || ((HasValidation) field).isInvalid();
            return shown && value.equals(field.getValue()) ? Outcome.REFUSED : Outcome.LOST;
        }
        Object saved = jdbc.sql("select " + column + " from requisition where id = (select max(id) from requisition)")
                .query().optionalValue().orElse(null);
        return storedAsTyped(field, value, saved) ? Outcome.STORED : Outcome.LOST;
    }

    private static boolean storedAsTyped(AbstractField<?, String> field, String value, Object saved) {
        if (saved == null) {
            return TextLimits.isBlank(value); // an optional field left blank
        }
        if (field instanceof NumberInput<?> number) {
            Optional<?> typed = number.number();
            return typed.isPresent() && (typed.get() instanceof BigDecimal decimal
                    ? decimal.compareTo(new BigDecimal(saved.toString())) == 0
                    : typed.get().toString().equals(saved.toString()));
        }
        return saved.equals(value) || saved.equals(value.strip());
    }

    private long count() {
        return jdbc.sql("select count(*) from requisition").query(Long.class).single();
    }

    private void fill(RequisitionFormView form) {
        test(form.fields.seat.kind).selectItem("New position");
        form.fields.seat.manager.setValue(orgChart.findByCode("MGB-ACMO-PC").orElseThrow());
        test(form.fields.title).setValue("Medical Director for Quality, Primary Care");
        test(form.fields.department).setValue("Primary Care");
        test(form.fields.category).setValue("Physician Leadership");
        test(form.fields.addressLine).setValue("399 Revolution Drive");
        test(form.fields.city).setValue("Somerville");
        test(form.fields.state).setValue("MA");
        test(form.fields.postalCode).setValue("02145");
        test(form.fields.workArrangement).selectItem("Hybrid");
        test(form.fields.daysOnSite).setValue("3");
        test(form.fields.employmentType).selectItem("Full time");
        test(form.fields.jobType).selectItem("Regular");
        test(form.fields.fte).setValue("1.0");
        test(form.fields.adminFte).setValue("0.5");
        test(form.fields.salaryMin).setValue("280000");
        test(form.fields.salaryMax).setValue("340000");
        test(form.fields.justification).setValue("Quality performance of about 40 primary care practices needs a leader.");
        test(form.fields.recruiter).selectItem("Sam Patel");
        test(form.fields.costCenter).setValue("CC-4410");
    }
}
