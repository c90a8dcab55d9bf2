package health.staffing.requisitions.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.ViewTest;
import health.staffing.base.DomainException;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionForms;
import health.staffing.requisitions.RequisitionListItem;
import health.staffing.requisitions.RequisitionRules;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The requisition screens with the real services; each test rolls back. */
@ViewTest
@Transactional
class RequisitionViewsTest extends SpringBrowserlessTest {

    @Autowired
    RequisitionService requisitions;
    @Autowired
    OrgChartService orgChart;

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void a_hiring_manager_fills_the_form_sees_the_budget_and_submits() {
        RequisitionFormView form = navigate(RequisitionFormView.class);
        fill(form);

        assertThat(form.fields.budget.getText()).isEqualTo("Budget impact: $280,000 – $340,000 per year");
        // Before submitting, the chain that will run: finance, the dotted-line partner consulted, the CMO office.
        String chain = form.approvalChain.getElement().getTextRecursively();
        assertThat(chain).contains("Finance review — Finance")
                .contains("CMO sign-off — high salary — not asked: salary maximum $340,000 is not above $350,000")
                .contains("Consulted: Associate Chief Population Health Officer (population health) — Anita Shah")
                .contains("CMO office approval — CMO office");
        test(form.fields.salaryMax).setValue("360000");
        assertThat(form.approvalChain.getElement().getTextRecursively()).contains("CMO sign-off — high salary + CMO office approval — CMO office");
        test(form.fields.salaryMax).setValue("340000");
        test(form.saveAndSubmit).click();

        H2 title = $(H2.class).id("requisition-title");
        assertThat(title.getText()).isEqualTo("Medical Director for Quality, Primary Care");
        assertThat($(Span.class).id("requisition-status").getText()).isEqualTo("Pending approval");
        assertThat($(Div.class).id("requisition-placement").getElement().getTextRecursively())
                .contains("Assistant Chief Medical Officer for Primary Care")
                .contains("Dotted line to Associate Chief Population Health Officer — population health");
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void a_salary_minimum_above_the_maximum_is_explained_and_the_form_keeps_its_content() {
        RequisitionFormView form = navigate(RequisitionFormView.class);
        fill(form);
        test(form.fields.salaryMin).setValue("400000");
        long before = requisitions.count(health.staffing.requisitions.RequisitionFilter.none());

        test(form.save).click();

        assertThat(form.fields.salaryMax.isInvalid()).isTrue();
        assertThat(form.fields.salaryMax.getErrorMessage()).isEqualTo("The salary minimum must not be above the maximum.");
        assertThat(form.errors.isVisible()).isTrue();
        assertThat(form.fields.title.getValue()).isEqualTo("Medical Director for Quality, Primary Care");
        assertThat(form.fields.justification.getValue()).startsWith("Quality performance");
        assertThat(requisitions.count(health.staffing.requisitions.RequisitionFilter.none())).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void each_field_shows_the_words_the_service_would_report_for_the_same_value() {
        RequisitionFormView form = navigate(RequisitionFormView.class);
        fill(form);
        test(form.fields.state).setValue("M1");
        test(form.fields.fte).setValue("1.5");
        test(form.fields.openings).setValue("0");
        test(form.fields.costCenter).setValue("   ");

        test(form.save).click();

        RequisitionForm same = RequisitionForms.qualityDirector();
        same.setState("M1");
        same.setFte(new BigDecimal("1.5"));
        same.setOpenings(0);
        same.setCostCenter("   ");
        assertThat(form.fields.state.getErrorMessage()).isEqualTo(RequisitionRules.state("M1").orElseThrow());
        assertThat(form.fields.fte.getErrorMessage()).isEqualTo(RequisitionRules.fte(new BigDecimal("1.5")).orElseThrow());
        assertThat(form.fields.openings.getErrorMessage()).isEqualTo(RequisitionRules.openings(0).orElseThrow());
        assertThat(form.fields.costCenter.getErrorMessage()).isEqualTo(RequisitionRules.costCenter("   ").orElseThrow());
        assertThatThrownBy(() -> requisitions.create(same)).isInstanceOf(DomainException.class)
                .hasMessageContaining(form.fields.state.getErrorMessage()).hasMessageContaining(form.fields.fte.getErrorMessage())
                .hasMessageContaining(form.fields.openings.getErrorMessage())
                .hasMessageContaining(form.fields.costCenter.getErrorMessage());
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void picking_the_vacant_seat_fills_the_role_from_it_and_marks_no_field_the_user_has_not_reached() {
        RequisitionFormView form = navigate(RequisitionFormView.class);
        test(form.fields.seat.kind).selectItem("Replacement");
        PositionSummary seat = orgChart.search("Primary Care Quality", LocalDate.now()).stream()
                .filter(PositionSummary::vacant).findFirst().orElseThrow();

        test(form.fields.seat.vacantSeat).setFilter("Primary Care Quality");
        test(form.fields.seat.vacantSeat).selectItem(seat.title() + " · " + seat.organisationCode() + " (vacant)");

        assertThat(form.fields.title.getValue()).isEqualTo(seat.title());
        assertThat(form.fields.fte.number()).contains(seat.fte());
        assertThat(form.fields.category.isInvalid()).isFalse();
        assertThat(form.fields.costCenter.isInvalid()).isFalse();
        assertThat(form.fields.adminFte.isInvalid()).isFalse();
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void a_refusal_from_the_service_is_shown_above_the_form_which_keeps_its_content() {
        RequisitionFormView form = navigate(RequisitionFormView.class);
        fill(form);
        test(form.fields.seat.kind).selectItem("Replacement");
        form.fields.seat.vacantSeat.setValue(orgChart.findByCode("MGB-CMO").orElseThrow());

        test(form.save).click();

        assertThat(form.errors.getText()).contains("a replacement requisition needs a vacant position");
        assertThat(form.fields.title.getValue()).isEqualTo("Medical Director for Quality, Primary Care");
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void the_pay_transparency_law_shows_as_soon_as_the_location_is_typed_and_a_too_wide_range_is_said_at_once() {
        RequisitionFormView form = navigate(RequisitionFormView.class);
        assertThat(form.fields.payRule.getText()).contains("enter the city and state");

        test(form.fields.city).setValue("Baltimore");
        test(form.fields.state).setValue("MD");
        assertThat(form.fields.payRule.getText()).isEqualTo("Pay transparency: Maryland Labor and Employment § 3-304.2"
                + " (HB 649 of 2024) — a closed range, the maximum at most 1.5 times the minimum.");

        test(form.fields.salaryMin).setValue("200000");
        test(form.fields.salaryMax).setValue("400000");
        assertThat(form.fields.payRule.getText()).contains("too wide for Maryland Labor and Employment § 3-304.2",
                "at most $300,000");
        assertThat(form.fields.payRule.hasClassName("pay-rule-problem")).isTrue();

        test(form.fields.salaryMax).setValue("300000");
        test(form.fields.city).setValue("Brooklyn");
        test(form.fields.state).setValue("NY");
        assertThat(form.fields.payRule.getText()).contains("NYC Local Law 32 of 2022 and New York Labor Law § 194-b");
        assertThat(form.fields.payRule.hasClassName("pay-rule-problem")).isFalse();
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void submitting_a_range_the_law_refuses_is_stopped_above_the_form_which_keeps_its_content() {
        RequisitionFormView form = navigate(RequisitionFormView.class);
        fill(form);
        test(form.fields.salaryMax).setValue("500000");

        test(form.saveAndSubmit).click();

        assertThat(form.errors.getText()).contains("Cannot submit for approval.",
                "Massachusetts pay transparency law (Chapter 141 of the Acts of 2024)", "too wide");
        assertThat(form.fields.salaryMax.number()).contains(new BigDecimal("500000"));
        assertThat(form.fields.title.getValue()).isEqualTo("Medical Director for Quality, Primary Care");

        // The draft was kept; correcting the range and submitting again submits that draft, not a second one.
        long drafts = requisitions.count(RequisitionFilter.none());
        test(form.fields.salaryMax).setValue("340000");
        test(form.saveAndSubmit).click();
        assertThat(requisitions.count(RequisitionFilter.none())).isEqualTo(drafts);
        assertThat(requisitions.list(RequisitionFilter.inStatus(RequisitionStatus.PENDING_APPROVAL),
                org.springframework.data.domain.PageRequest.of(0, 50)))
                .anyMatch(item -> item.title().equals("Medical Director for Quality, Primary Care"));
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_grid_reads_its_filters_from_the_url_and_writes_them_back() {
        RequisitionDetails draft = requisitions.create(form());
        RequisitionDetails submitted = requisitions.create(form());
        requisitions.submit(submitted.id(), submitted.version());

        UI.getCurrent().navigate(RequisitionListView.class,
                QueryParameters.simple(Map.of("status", "DRAFT", "org", "MGB", "q", "quality")));
        RequisitionListView view = $(RequisitionListView.class).single();
        @SuppressWarnings("unchecked")
        Grid<RequisitionListItem> grid = $(Grid.class).id("requisitions");
        List<Long> shown = java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).id())
                .toList();

        assertThat(view.status.getValue()).containsExactly(RequisitionStatus.DRAFT);
        assertThat(shown).contains(draft.id()).doesNotContain(submitted.id());

        test(view.minAge).setValue("3");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("status=DRAFT").contains("org=MGB").contains("minAge=3");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_people_filters_come_from_the_url_and_offer_accounts_of_the_role_searched_as_typed() {
        UI.getCurrent().navigate(RequisitionListView.class, QueryParameters.simple(Map.of("recruiter", "talent", "hm",
                "deputycmo")));
        RequisitionListView view = $(RequisitionListView.class).single();

        assertThat(view.recruiter.getValue().displayName()).isEqualTo("Dana Brooks");
        assertThat(view.hiringManager.getValue().displayName()).isEqualTo("Daniel Cho");
        test(view.hiringManager).setFilter("okaf");
        assertThat(test(view.hiringManager).getSuggestions()).containsExactly("Maya Okafor");
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void a_pending_requisition_offers_no_edit_and_a_draft_can_be_cancelled_with_a_reason() {
        RequisitionDetails draft = requisitions.create(form());

        navigate(RequisitionDetailView.class, Map.of("id", String.valueOf(draft.id())));
        assertThat($(Button.class).withId("edit").exists()).isTrue();
        test($(Button.class).id("submit")).click();

        assertThat($(Span.class).id("requisition-status").getText()).isEqualTo("Pending approval");
        assertThat($(Button.class).withId("edit").exists()).isFalse();
        assertThat($(Button.class).withId("submit").exists()).isFalse();
        assertThat($(Button.class).withId("cancel").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "manager", roles = {"HIRING_MANAGER", "CAREGIVER"})
    void a_cancellation_reason_that_cannot_be_kept_is_refused_on_its_field_and_the_dialog_keeps_it() {
        RequisitionDetails draft = requisitions.create(form());
        navigate(RequisitionDetailView.class, Map.of("id", String.valueOf(draft.id())));
        test($(Button.class).id("cancel")).click();
        TextArea reason = $(TextArea.class).id("cancel-reason");
        String tooLong = "Budget moved to FY28. ".repeat(60);

        reason.setValue(tooLong); // as a client would send it, past the browser's maxlength
        test($(Button.class).id("cancel-confirm")).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("The reason can be at most 1,000 characters; it has 1,319.");
        assertThat(reason.getValue()).isEqualTo(tooLong);
        assertThat(requisitions.details(draft.id()).status()).isEqualTo(RequisitionStatus.DRAFT);

        test(reason).setValue("Budget moved to FY28");
        test($(Button.class).id("cancel-confirm")).click();
        assertThat(requisitions.details(draft.id()).status()).isEqualTo(RequisitionStatus.CANCELLED);
    }

    private void fill(RequisitionFormView form) {
        test(form.fields.seat.kind).selectItem("New position");
        form.fields.seat.manager.setValue(orgChart.findByCode("MGB-ACMO-PC").orElseThrow());
        form.fields.seat.dottedPartner.setValue(orgChart.findByCode("MGB-ACPHO").orElseThrow());
        test(form.fields.seat.dottedLabel).setValue("population health");
        test($(Button.class).id("add-dotted-line")).click();
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
        test(form.fields.adjustedForFte).click();
        test(form.fields.justification).setValue("Quality performance of about 40 primary care practices needs a leader.");
        test(form.fields.recruiter).selectItem("Sam Patel");
        test(form.fields.costCenter).setValue("CC-4410");
    }

    private static RequisitionForm form() {
        return RequisitionForms.qualityDirector();
    }
}
