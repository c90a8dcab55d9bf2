package health.staffing.orgchart.ui;

import health.staffing.orgchart.OrgStructureService;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.ViewTest;
import health.staffing.base.TextLimits;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.hostile.HostileInputs;
import health.staffing.orgchart.NewPosition;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's "Edit position" dialog on the org chart, each field tried with every entry of the hostile
 * corpus as a client past the browser's limits would send it: each trial ends refused with the
 * reason in the dialog (which stays open with the value typed) or stored exactly; no exception
 * escapes. Prints the tally.
 */
@ViewTest
@Transactional
class OrgChartDialogHostileInputTest extends SpringBrowserlessTest {

    @Autowired
    OrgChartService orgChart;

    @Autowired
    OrgStructureService structure;

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_edit_dialog_refuses_or_stores_exactly_what_a_hostile_client_sends() {
        structure.createPosition(new NewPosition("VT-HOSTILE", "Medical Director, Telehealth", "MGB", "Primary Care",
                "Boston", "MA", BigDecimal.ONE, new BigDecimal("0.50"), "MGB-CFO", null, null));
        Map<String, Function<PositionSummary, Object>> fields = new LinkedHashMap<>();
        fields.put("Title", PositionSummary::title);
        fields.put("Department", PositionSummary::department);
        fields.put("City", PositionSummary::locationCity);
        fields.put("State", PositionSummary::locationState);
        fields.put("Total FTE", PositionSummary::fte);
        fields.put("Administrative FTE", PositionSummary::adminFte);

        List<String> failures = new ArrayList<>();
        int refused = 0;
        int stored = 0;
        for (var field : fields.entrySet()) {
            for (HostileInputs.Input input : HostileInputs.all()) {
                String trial = field.getKey() + " ← " + input.name();
                try {
                    if (trial(field.getKey(), field.getValue(), input.value())) {
                        stored++;
                    } else {
                        refused++;
                    }
                } catch (AssertionError | RuntimeException wrong) {
                    failures.add(trial + ": " + wrong.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        System.out.printf("Hostile inputs, org-chart edit dialog: %d trials (%d fields × %d inputs): %d refused with a"
                + " message, %d stored exactly, %d failed%n", refused + stored + failures.size(), fields.size(),
                HostileInputs.all().size(), refused, stored, failures.size());
        assertThat(failures).isEmpty();
    }

    private static void closeDialogs() {
        UI.getCurrent().getChildren().filter(Dialog.class::isInstance).map(Dialog.class::cast).toList()
                .forEach(dialog -> {
                    dialog.close();
                    UI.getCurrent().remove(dialog);
                });
    }

    /** @return true when stored, false when refused with a message; throws when neither */
    private boolean trial(String caption, Function<PositionSummary, Object> read, String value) {
        UI.getCurrent().navigate(OrgChartView.class, QueryParameters.simple(Map.of("position", "VT-HOSTILE")));
        test($(Button.class).id("action-edit")).click();
        TextField field = $(TextField.class).withCaption(caption).single();
        field.setValue(value); // as a client would send it, past the browser's maxlength

        test($(Button.class).id("dialog-save")).click();

        List<Paragraph> shown = $(Paragraph.class).all().stream()
                .filter(paragraph -> paragraph.getId().filter("dialog-error"::equals).isPresent() && paragraph.isVisible())
                .toList();
        if (!shown.isEmpty()) {
            assertThat(shown.getFirst().getText()).as("a reason").isNotBlank();
            assertThat(field.getValue()).as("the value typed is kept").isEqualTo(value);
            closeDialogs();
            return false;
        }
        if (field instanceof NumberInput<?> number && ((HasValidation) number).isInvalid()) {
            closeDialogs();
            return false;
        }
        Object saved = read.apply(orgChart.findByCode("VT-HOSTILE").orElseThrow());
        if (field instanceof NumberInput<?> number) {
            assertThat(new BigDecimal(saved.toString())).isEqualByComparingTo(number.number().map(Object::toString).orElseThrow());
        } else if (saved == null) {
            assertThat(TextLimits.isBlank(value)).as("blank optional field stored as empty").isTrue();
        } else {
            assertThat(saved.toString()).isEqualToIgnoringCase(value.strip());
        }
        return true;
    }
}
