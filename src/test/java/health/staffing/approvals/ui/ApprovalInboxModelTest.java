package health.staffing.approvals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.approvals.Decision;
import health.staffing.approvals.DottedLineSnapshot;
import health.staffing.approvals.InboxItem;
import health.staffing.approvals.RequisitionSnapshot;
import health.staffing.requisitions.RequisitionKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalInboxModelTest {

    private static RequisitionSnapshot snapshot(long id, int openings) {
        return new RequisitionSnapshot(id, 1, "102619", RequisitionKind.NEW_POSITION,
                "Medical Director for Quality, Primary Care", "MGB", "Mass General Brigham (Enterprise Services)",
                "Primary Care", "Somerville, MA", new BigDecimal("1.00"), new BigDecimal("0.50"),
                new BigDecimal("280000"), new BigDecimal("340000"), true, openings,
                new BigDecimal(280000 * openings), new BigDecimal(340000 * openings), "Quality of 40 practices.",
                "manager", "Maya Okafor", "manager", "Maya Okafor", null, "MGB-ACMO-PC",
                List.of(new DottedLineSnapshot("MGB-ACPHO", "Associate Chief Population Health Officer",
                        "population health")), Instant.parse("2026-11-01T09:00:00Z"),
                "MD or DO; board certification");
    }

    private static InboxItem item(long stepId, boolean consulted, String onBehalfOf) {
        return new InboxItem(stepId, 0, consulted ? "Consulted: population health" : "Finance review", consulted,
                consulted ? "Anita Shah" : "Finance", Instant.parse("2026-11-02T09:00:00Z"), 3,
                onBehalfOf == null ? null : "finance", onBehalfOf, snapshot(stepId * 10, 1));
    }

    @Test
    void the_oldest_item_opens_first_and_the_open_item_stays_open_while_it_waits() {
        ApprovalInboxModel model = new ApprovalInboxModel();
        model.show(List.of(item(1, false, null), item(2, false, null)));
        assertThat(model.selected()).map(InboxItem::stepId).contains(1L);

        model.select(model.items().get(1));
        model.show(List.of(item(1, false, null), item(2, false, null), item(3, false, null)));
        assertThat(model.selected()).map(InboxItem::stepId).contains(2L);

        model.show(List.of(item(3, false, null)));
        assertThat(model.selected()).map(InboxItem::stepId).contains(3L);

        model.show(List.of());
        assertThat(model.empty()).isTrue();
        assertThat(model.selected()).isEmpty();
        assertThat(ApprovalInboxModel.EMPTY).isEqualTo("Nothing waits for you");
    }

    @Test
    void rejecting_and_requesting_changes_need_a_comment_approving_does_not() {
        ApprovalInboxModel model = new ApprovalInboxModel();
        assertThat(model.start(Decision.APPROVE)).isFalse();
        assertThat(model.start(Decision.REJECT)).isTrue();
        assertThat(model.pending()).contains(Decision.REJECT);

        assertThat(ApprovalInboxModel.problem(Decision.REJECT, " ")).contains("A rejection needs a reason: say why the requisition is rejected.");
        assertThat(ApprovalInboxModel.problem(Decision.REQUEST_CHANGES, null)).contains("Say what should change: requesting changes needs a comment.");
        assertThat(ApprovalInboxModel.problem(Decision.REJECT, "No budget")).isEmpty();
        assertThat(ApprovalInboxModel.problem(Decision.APPROVE, null)).isEmpty();
        model.finish();
        assertThat(model.pending()).isEmpty();
    }

    @Test
    void a_consulted_step_is_marked_consulted_and_cannot_reject() {
        assertThat(ApprovalInboxModel.approveLabel(item(1, true, null))).isEqualTo("Mark consulted");
        assertThat(ApprovalInboxModel.canReject(item(1, true, null))).isFalse();
        assertThat(ApprovalInboxModel.approveLabel(item(1, false, null))).isEqualTo("Approve");
        assertThat(ApprovalInboxModel.canReject(item(1, false, null))).isTrue();
        assertThat(ApprovalInboxModel.done(item(1, true, null), Decision.APPROVE))
                .isEqualTo("Medical Director for Quality, Primary Care: Consulted: population health marked as consulted.");
    }

    @Test
    void cost_reads_as_dollars_fte_split_and_budget_for_all_openings() {
        RequisitionSnapshot two = snapshot(1, 2);

        assertThat(ApprovalInboxModel.salary(two)).isEqualTo("$280,000 – $340,000 per year (adjusted for FTE)");
        assertThat(ApprovalInboxModel.fte(two)).isEqualTo("1.0 FTE (0.5 administrative, 0.5 clinical)");
        assertThat(ApprovalInboxModel.budget(two)).isEqualTo("$560,000 – $680,000 per year for 2 openings");
        assertThat(ApprovalInboxModel.budget(snapshot(1, 1))).isEqualTo("$280,000 – $340,000 per year");
        assertThat(ApprovalInboxModel.cost(item(1, false, null))).isEqualTo("$340,000");
    }

    @Test
    void the_list_shows_age_entity_and_on_whose_behalf() {
        assertThat(ApprovalInboxModel.age(0)).isEqualTo("Today");
        assertThat(ApprovalInboxModel.age(1)).isEqualTo("1 day");
        assertThat(ApprovalInboxModel.age(12)).isEqualTo("12 days");
        InboxItem delegated = item(1, false, "Chris Donnelly");
        assertThat(ApprovalInboxModel.entity(delegated)).isEqualTo("Mass General Brigham (Enterprise Services)");
        assertThat(ApprovalInboxModel.waitingFor(delegated))
                .isEqualTo("Finance review · waiting for Finance · you decide on behalf of Chris Donnelly");
        assertThat(ApprovalInboxModel.subtitle(delegated))
                .isEqualTo("New position · Primary Care · Somerville, MA · Job reference 102619");
        assertThat(ApprovalInboxModel.people(delegated)).isEqualTo("Requested by Maya Okafor · hiring manager Maya Okafor");
    }
}
