package health.staffing.orgchart.ui;

import health.staffing.orgchart.OrgStructureService;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.ViewTest;
import health.staffing.base.TextLimits;
import health.staffing.hostile.HostileTrials.Outcome;
import health.staffing.hostile.HostileTrials;
import health.staffing.hostile.OpenDialogs;
import health.staffing.orgchart.DottedLine;
import health.staffing.orgchart.NewPosition;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's "Add a report" and "Add dotted line" dialogs on the org chart, each text field tried with
 * every entry of the hostile corpus as a client past the browser's limits would send it: refused
 * with the reason in the dialog (which stays open with the value typed, nothing created) or created
 * with exactly the value typed. Overlong titles, codes, departments and dotted-line purposes once
 * ended in "Something went wrong".
 */
@ViewTest
@Transactional
@WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
class OrgChartAddDialogsHostileInputTest extends SpringBrowserlessTest {

    @Autowired
    OrgChartService orgChart;

    @Autowired
    OrgStructureService structure;

    private int trials;

    @Test
    void the_add_dialogs_refuse_or_create_exactly_what_a_hostile_client_sends() {
        HostileTrials.of("org-chart add-report and dotted-line dialogs")
                .field("Position code", value -> addReport("Position code", value))
                .field("Title", value -> addReport("Title", value))
                .field("Department", value -> addReport("Department", value))
                .field("Dotted line: what it is for", this::addDottedLine)
                .report();
    }

    private Outcome addReport(String caption, String value) {
        String code = "HX-" + ++trials;
        open("MGB-CFO", "action-add-report");
        $(TextField.class).withCaption("Position code").single().setValue(code);
        $(TextField.class).withCaption("Title").single().setValue("Medical Director, Telehealth");
        TextField field = $(TextField.class).withCaption(caption).single();
        field.setValue(value); // as a client would send it, past the browser's maxlength

        test($(Button.class).id("dialog-save")).click();

        String created = "Position code".equals(caption) ? value.strip() : code;
        Optional<PositionSummary> saved = orgChart.findByCode(created);
        if (refused(field, value)) {
            assertThat(saved).as("nothing created").isEmpty();
            return Outcome.REFUSED;
        }
        PositionSummary position = saved.orElseThrow(() -> new AssertionError("neither refused nor created"));
        String stored = switch (caption) {
            case "Position code" -> position.code();
            case "Title" -> position.title();
            default -> position.department();
        };
        if (stored == null) {
            assertThat(TextLimits.isBlank(value)).as("only a blank optional field is stored as nothing").isTrue();
        } else {
            assertThat(stored).isEqualToIgnoringCase(value.strip());
        }
        return Outcome.STORED;
    }

    private Outcome addDottedLine(String value) {
        String code = "HX-DL-" + ++trials;
        PositionSummary from = structure.createPosition(new NewPosition(code, "Medical Director, Telehealth", "MGB",
                "Primary Care", "Boston", "MA", BigDecimal.ONE, new BigDecimal("0.50"), "MGB-CFO", null, null));
        open(code, "action-dotted");
        @SuppressWarnings("unchecked")
        ComboBox<PositionSummary> partner = $(ComboBox.class).withCaption("Dotted line to").single();
        partner.setValue(orgChart.findByCode("MGB-CMO").orElseThrow());
        TextField field = $(TextField.class).withCaption("What it is for").single();
        field.setValue(value);

        test($(Button.class).id("dialog-save")).click();

        List<DottedLine> lines = orgChart.dottedLinesOf(from.id(), LocalDate.now().plusDays(1));
        if (refused(field, value)) {
            assertThat(lines).as("nothing created").isEmpty();
            return Outcome.REFUSED;
        }
        assertThat(lines).singleElement().extracting(DottedLine::label).isEqualTo(value.strip());
        return Outcome.STORED;
    }

    private void open(String code, String action) {
        UI.getCurrent().navigate("account/password"); // a light page between trials: each gets a fresh chart
        UI.getCurrent().navigate(OrgChartView.class, QueryParameters.simple(Map.of("position", code)));
        test($(Button.class).id(action)).click();
    }

    /** True when the dialog is still open with a reason and the value typed; closes it either way. */
    private boolean refused(TextField field, String value) {
        try {
            var error = $(com.vaadin.flow.component.html.Paragraph.class).all().stream()
                    .filter(p -> p.getId().filter("dialog-error"::equals).isPresent() && p.isVisible()).findFirst();
            if (error.isEmpty() && !field.isInvalid()) {
                return false;
            }
            assertThat(error.map(p -> p.getText()).orElse(field.getErrorMessage())).as("a reason").isNotBlank();
            assertThat(field.getValue()).as("the value typed is kept").isEqualTo(value);
            return true;
        } finally {
            OpenDialogs.closeAll();
        }
    }
}
