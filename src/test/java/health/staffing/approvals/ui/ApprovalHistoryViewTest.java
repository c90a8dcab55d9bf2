package health.staffing.approvals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.ViewTest;
import health.staffing.approvals.ApprovalHistoryFilter;
import health.staffing.approvals.ApprovalHistoryService;
import health.staffing.approvals.DecisionTaken;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The approval history page: filters from the address, the count, the grid and its exports. */
@ViewTest
@Transactional
class ApprovalHistoryViewTest extends SpringBrowserlessTest {

    @Autowired
    ApprovalHistoryService history;

    @Test
    @WithMockUser(username = "cmo", roles = {"CMO_OFFICE", "CAREGIVER"})
    void the_address_sets_the_filters_and_the_grid_lists_what_the_service_counts_with_exports() {
        LocalDate from = LocalDate.now().minusYears(1);
        UI.getCurrent().navigate("approval-history", QueryParameters.fromString("from=" + from
                + "&decision=APPROVED,CONSULTED"));
        ApprovalHistoryView view = $(ApprovalHistoryView.class).single();

        assertThat(view.from.getValue()).isEqualTo(from);
        assertThat(view.decisions.getValue()).containsExactlyInAnyOrder(DecisionTaken.APPROVED, DecisionTaken.CONSULTED);
        long expected = history.count(new ApprovalHistoryFilter(from, null, null, null, null, null,
                Set.of(DecisionTaken.APPROVED, DecisionTaken.CONSULTED)));
        assertThat(expected).isPositive();
        assertThat($(Span.class).id("decision-count").getText())
                .isEqualTo(expected == 1 ? "1 decision" : expected + " decisions");
        assertThat(test(view.grid).size()).isEqualTo((int) expected);
        assertThat($(Anchor.class).id("export-approval-history-csv").getHref()).isNotBlank();
        assertThat($(Anchor.class).id("export-approval-history-xlsx").getHref()).isNotBlank();

        view.decisions.setValue(Set.of(DecisionTaken.CONSULTED));
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("decision"))
                .contains("CONSULTED");
    }

    @Test
    @WithMockUser(username = "cmo", roles = {"CMO_OFFICE", "CAREGIVER"})
    void a_period_typed_the_wrong_way_round_is_said_and_every_day_is_shown() {
        UI.getCurrent().navigate("approval-history", QueryParameters.fromString("from=2026-06-30&to=2026-01-01"));
        ApprovalHistoryView view = $(ApprovalHistoryView.class).single();

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText()).endsWith("Showing every day.");
        assertThat(test(view.grid).size()).isEqualTo((int) history.count(ApprovalHistoryFilter.none()));
    }
}
