package health.staffing.orgchart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import health.staffing.ViewTest;
import health.staffing.base.ui.MarkupText;
import health.staffing.orgchart.ImportError;
import health.staffing.orgchart.ImportProgress;
import health.staffing.orgchart.NewPosition;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrgStructureService;
import health.staffing.orgchart.OrganisationRules;
import health.staffing.orgchart.PositionRules;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.requisitions.RequisitionService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/** Changes roll back with the test transaction: the view runs in the test's thread. */
@ViewTest
@Transactional
class OrgChartViewTest extends SpringBrowserlessTest {

    @Autowired
    OrgChartService orgChart;

    @Autowired
    OrgStructureService structure;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    ImportRuns importRuns;

    private OrgChartView open(Map<String, String> parameters) {
        UI.getCurrent().navigate(OrgChartView.class, QueryParameters.simple(parameters));
        return (OrgChartView) getCurrentView();
    }

    private List<String> boxes() {
        return $(Div.class).withClassName("chart-box").all().stream()
                .map(box -> box.getElement().getAttribute("data-code")).toList();
    }

    private Div box(String code) {
        return $(Div.class).withClassName("chart-box").all().stream()
                .filter(box -> code.equals(box.getElement().getAttribute("data-code"))).findFirst().orElseThrow();
    }

    /** What a box reads: its content is one piece of markup, so the text is the markup without its tags. */
    private String boxText(String code) {
        return MarkupText.of(box(code).getElement().getProperty("innerHTML", ""));
    }

    private Div toggle(String code) {
        return $(Div.class).withClassName("box-toggle").all().stream()
                .filter(t -> code.equals(t.getElement().getAttribute("data-code"))).findFirst().orElseThrow();
    }

    /** What the browser sends for a click on a box or toggle: the canvas listens for all of them. */
    private static void click(Div element) {
        activate(element, "click");
    }

    private static void activate(Div element, String type) {
        Element canvas = element.getElement().getParent();
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put(ChartCanvas.CODE, element.getElement().getAttribute("data-code"));
        data.put(ChartCanvas.ON_TOGGLE, element.hasClassName("box-toggle"));
        data.put(ChartCanvas.ACTIVATING_KEY, true); // Enter or Space, for a keydown
        canvas.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(canvas, type, data));
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_chart_opens_on_the_top_and_one_level_and_expands_on_demand() {
        open(Map.of("org", "MGB"));

        assertThat(boxes()).contains("MGB-CEO", "MGB-CMO", "MGB-CFO").doesNotContain("MGB-ACMO-PC");

        click(toggle("MGB-CMO"));

        assertThat(boxes()).contains("MGB-ACMO-PC");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_opens_the_chart_of_their_own_organisation_and_reads_details_without_edit_actions() {
        OrgChartView view = open(Map.of());

        assertThat(view.organisation.getValue().code()).isEqualTo("MGB");
        click(box("MGB-CMO"));

        assertThat(view.details.isVisible()).isTrue();
        assertThat($(Button.class).withId("action-move").exists()).isFalse();
        assertThat(box("MGB-CMO").getClassNames()).contains("selected");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void enter_on_a_box_selects_it_and_a_code_that_is_not_drawn_changes_nothing() {
        OrgChartView view = open(Map.of("org", "MGB"));

        activate(box("MGB-CFO"), "keydown");
        assertThat(box("MGB-CFO").getClassNames()).contains("selected");

        // A hidden position (not drawn until its manager is expanded) or a forged code is not acted on.
        Element canvas = box("MGB-CFO").getElement().getParent();
        ObjectNode forged = JacksonUtils.createObjectNode();
        forged.put(ChartCanvas.CODE, "MGB-ACMO-PC");
        forged.put(ChartCanvas.ON_TOGGLE, false);
        canvas.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(canvas, "click", forged));
        assertThat(box("MGB-CFO").getClassNames()).contains("selected");
        assertThat(boxes()).doesNotContain("MGB-ACMO-PC");
        assertThat(view.details.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_position_in_the_address_is_focused_with_its_path_and_dotted_lines() {
        open(Map.of("position", "MGB-MD-PCQ"));

        assertThat(box("MGB-MD-PCQ").getClassNames()).contains("selected", "on-path", "vacant");
        assertThat(box("MGB-ACMO-PC").getClassNames()).contains("on-path");
        assertThat($(Div.class).id("detail-dotted").getElement().getTextRecursively())
                .contains("Associate Chief Population Health Officer", "population health");
        assertThat($(Div.class).id("detail-manager").getElement().getTextRecursively())
                .contains("Assistant Chief Medical Officer for Primary Care");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_chart_reads_as_of_the_day_in_the_address() {
        OrgChartView view = open(Map.of("org", "MGB", "asOf", "2025-06-30"));

        assertThat(view.asOf.getValue()).hasToString("2025-06-30");
        assertThat(boxes()).isEmpty();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_refused_move_shows_why_in_the_dialog_and_keeps_the_choice() {
        open(Map.of("position", "MGB-CMO"));
        test($(Button.class).id("action-move")).click();

        @SuppressWarnings("unchecked")
        ComboBox<PositionSummary> manager = $(ComboBox.class).withCaption("New manager").single();
        PositionSummary descendant = orgChart.findByCode("MGB-ACMO-PC").orElseThrow();
        manager.setValue(descendant);
        test($(Button.class).id("dialog-save")).click();

        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("dialog-error").getText())
                .contains("would make a circle");
        assertThat(manager.getValue()).isEqualTo(descendant);
        assertThat(orgChart.managerOf(descendant.id(), null)).map(PositionSummary::code).contains("MGB-CMO");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_edits_a_position_from_the_detail_panel() {
        structure.createPosition(new NewPosition("VT-EDIT", "Medical Director, Telehealth", "MGB", "Primary Care",
                "Boston", "MA", BigDecimal.ONE, new BigDecimal("0.50"), "MGB-CFO", null, null));
        open(Map.of("position", "VT-EDIT"));
        test($(Button.class).id("action-edit")).click();

        test($(TextField.class).withCaption("Title").single()).setValue("Medical Director, Virtual Care");
        test($(Button.class).id("dialog-save")).click();

        assertThat(orgChart.findByCode("VT-EDIT").orElseThrow().title()).isEqualTo("Medical Director, Virtual Care");
        assertThat(boxText("VT-EDIT")).contains("Medical Director, Virtual Care");
        assertThat($(Div.class).id("detail-history").getElement().getTextRecursively())
                .contains("recruiter", "edited", "Medical Director, Virtual Care", "created");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_title_that_looks_like_markup_is_shown_as_text_in_its_box() {
        String hostile = "<img src=x onerror=alert(1)> Director & 'Lead'";
        structure.createPosition(new NewPosition("VT-MARKUP", hostile, "MGB", "Primary Care",
                "Boston", "MA", BigDecimal.ONE, new BigDecimal("0.50"), "MGB-CFO", null, null));
        open(Map.of("position", "VT-MARKUP"));

        String markup = box("VT-MARKUP").getElement().getProperty("innerHTML", "");
        assertThat(markup).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt; Director &amp; &#39;Lead&#39;");
        assertThat(boxText("VT-MARKUP")).contains(hostile).contains("VACANT");
        assertThat(toggle("MGB-CFO").getElement().getProperty("innerHTML", "")).matches("<span>[−+]</span><span>\\d+</span>");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_creates_an_organisation_and_its_top_position_from_the_empty_chart() {
        open(Map.of("org", "MGB"));
        test($(Button.class).id("chart-new-organisation")).click();
        test($(TextField.class).withCaption("Name").single()).setValue("Cape Cod Healthcare");
        test($(TextField.class).withCaption("Code").single()).setValue("cch");
        test($(TextField.class).withCaption("State").single()).setValue("MA");
        test($(Button.class).id("dialog-save")).click();

        assertThat($(Div.class).id("chart-empty").getElement().getTextRecursively())
                .contains("No positions in this organisation");
        test($(Button.class).id("add-top-position")).click();
        test($(TextField.class).withCaption("Position code").single()).setValue("CCH-CEO");
        test($(Button.class).id("dialog-save")).click();

        assertThat(boxes()).containsExactly("CCH-CEO");
        assertThat($(Div.class).withId("chart-empty").exists()).as("empty state hidden").isFalse();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_edit_breaking_a_seat_rule_is_marked_on_its_field_in_the_rule_words_before_the_service_is_asked() {
        PositionSummary before = orgChart.findByCode("MGB-ACMO-PC").orElseThrow();
        long version = orgChart.versionOf("MGB-ACMO-PC");
        open(Map.of("position", "MGB-ACMO-PC"));
        test($(Button.class).id("action-edit")).click();
        TextField fte = $(TextField.class).withCaption("Total FTE").single();
        TextField state = $(TextField.class).withCaption("State").single();
        test(fte).setValue("1.5");
        state.setValue("M1");

        test($(Button.class).id("dialog-save")).click();

        assertThat(fte.isInvalid()).isTrue();
        assertThat(fte.getErrorMessage()).isEqualTo(PositionRules.fte(new BigDecimal("1.5")).orElseThrow());
        assertThat(state.getErrorMessage()).isEqualTo(PositionRules.state("M1").orElseThrow());
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("dialog-error").getText())
                .contains(state.getErrorMessage() + " " + fte.getErrorMessage());
        assertThat(fte.getValue()).isEqualTo("1.5");
        assertThat(orgChart.findByCode("MGB-ACMO-PC").orElseThrow().fte()).isEqualByComparingTo(before.fte());
        assertThat(orgChart.versionOf("MGB-ACMO-PC")).as("the seat was not touched").isEqualTo(version);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_invalid_organisation_is_marked_on_its_fields_in_the_rule_words_and_nothing_is_created() {
        int before = orgChart.organisations().size();
        open(Map.of("org", "MGB"));
        test($(Button.class).id("chart-new-organisation")).click();
        TextField name = $(TextField.class).withCaption("Name").single();
        TextField code = $(TextField.class).withCaption("Code").single();
        TextField state = $(TextField.class).withCaption("State").single();
        test(name).setValue("Somewhere");
        test(code).setValue("no spaces please");
        state.setValue("M1");
        test($(Button.class).id("dialog-save")).click();

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).isEqualTo(OrganisationRules.code("no spaces please").orElseThrow())
                .contains("letters, digits or dashes");
        assertThat(state.getErrorMessage()).isEqualTo(OrganisationRules.state("M1").orElseThrow());
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("dialog-error").getText())
                .contains(code.getErrorMessage()).contains(state.getErrorMessage());
        assertThat(name.getValue()).isEqualTo("Somewhere");
        assertThat(code.getValue()).isEqualTo("no spaces please");
        assertThat(orgChart.organisations()).hasSize(before);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_vacancy_with_an_open_requisition_is_badged_and_links_to_it() {
        structure.createPosition(new NewPosition("MGB-MD-BH", "Medical Director, Behavioral Health", "MGB",
                "Behavioral Health", "Boston", "MA", BigDecimal.ONE, new BigDecimal("0.40"), "MGB-ACMO-PC", null, null));
        RequisitionForm form = new RequisitionForm();
        form.setKind(RequisitionKind.REPLACEMENT);
        form.setPositionCode("MGB-MD-BH");
        form.setTitle("Medical Director, Behavioral Health");
        form.setDepartment("Behavioral Health");
        form.setCategory("Physician Leadership");
        form.setCity("Boston");
        form.setState("MA");
        form.setSalaryMin(new BigDecimal("250000"));
        form.setSalaryMax(new BigDecimal("300000"));
        form.setJustification("The seat has been vacant since the summer.");
        form.setHiringManager("manager");
        form.setRecruiter("recruiter");
        form.setCostCenter("CC-5100");
        RequisitionDetails draft = requisitions.create(form);
        requisitions.submit(draft.id(), draft.version());

        open(Map.of("org", "MGB", "position", "MGB-MD-BH"));

        assertThat(boxText("MGB-MD-BH")).contains("VACANT").contains("Open requisition");
        Div link = $(Div.class).id("detail-requisition");
        assertThat(link.getElement().getTextRecursively())
                .isEqualTo("Requisition " + draft.reference() + " · Pending approval");
        assertThat(boxText("MGB-ACMO-PC")).doesNotContain("Open requisition");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void a_dyad_is_drawn_between_the_two_boxes_without_an_arrow_and_named_in_both_details() {
        structure.pairAsDyad("MGB-CMO", orgChart.versionOf("MGB-CMO"), "MGB-CFO", "enterprise dyad", java.time.LocalDate.now());
        open(Map.of("position", "MGB-CFO"));

        String svg = $(Div.class).withClassName("chart-lines").single().getElement().getProperty("innerHTML");
        assertThat(svg).contains("class='dyad' data-from='MGB-CMO' data-to='MGB-CFO'");
        assertThat(svg.substring(svg.indexOf("class='dyad'"))).doesNotContain("marker-end");
        assertThat($(Div.class).id("detail-dyad").getElement().getTextRecursively())
                .contains("Chief Medical Officer", "enterprise dyad");
        assertThat($(Button.class).withId("action-dyad").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void after_a_reload_hr_sees_the_import_they_started_still_running_then_its_result() {
        ImportRun run = importRuns.start("recruiter");
        try {
            run.progressed(new ImportProgress(ImportProgress.Phase.APPLYING, 5_000, 20_000));

            open(Map.of("org", "MGB")); // the reload: a new page of the same person
            roundTrip();

            ImportDialog dialog = $(ImportDialog.class).single();
            assertThat(dialog.isOpened()).isTrue();
            assertThat(dialog.progress.isVisible()).isTrue();
            assertThat(dialog.progressText.getText()).isEqualTo("Applying 5,000 of 20,000");
            assertThat(dialog.importButton.isEnabled()).as("no second import while one runs").isFalse();

            run.progressed(new ImportProgress(ImportProgress.Phase.APPLYING, 15_000, 20_000));
            runPendingAccess();
            assertThat(dialog.progressText.getText()).isEqualTo("Applying 15,000 of 20,000");

            dialog.close(); // closed while the import runs: the Import CSV button shows the same run again
            test($(Button.class).id("chart-import")).click();
            dialog = $(ImportDialog.class).single();
            runPendingAccess();
            assertThat(dialog.progressText.getText()).isEqualTo("Applying 15,000 of 20,000");

            run.refused(List.of(new ImportError(7, "Unknown manager position MGB-NOPE")));
            runPendingAccess();
            assertThat(dialog.result.getText()).isEqualTo("1 problem found. Nothing was changed; correct the file and try again.");
            assertThat(importRuns.current("recruiter")).as("shown, so the next page starts afresh").isEmpty();
        } finally {
            end(run);
        }
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void nobody_else_sees_an_import_they_did_not_start() {
        ImportRun run = importRuns.start("recruiter");
        try {
            open(Map.of("org", "MGB"));
            roundTrip();

            assertThat($(ImportDialog.class).exists()).isFalse();
        } finally {
            end(run);
        }
    }

    /** What the import thread's updates ask of the page (UI.access), done now. */
    private static void runPendingAccess() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private void end(ImportRun run) {
        if (run.running()) {
            run.failed("stopped by the test");
        }
        importRuns.shown("recruiter", run);
    }
}
