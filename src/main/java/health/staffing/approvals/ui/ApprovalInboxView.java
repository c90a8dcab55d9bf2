package health.staffing.approvals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.approvals.ApprovalService;
import health.staffing.approvals.Decision;
import health.staffing.approvals.DottedLineSnapshot;
import health.staffing.approvals.InboxItem;
import health.staffing.approvals.RequisitionSnapshot;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.ApprovalTrailEntry;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The approver's inbox: on the left what waits for me, oldest first; on the right the requisition
 * as it was submitted (cost, justification, its place in the org chart, the trail so far) with the
 * decision buttons. Open to every signed-in user: a named approver or a delegate may hold no
 * approver role, and the service returns only what waits for the caller.
 */
@Route("approvals")
@PageTitle("Approvals")
@Menu(order = 3, icon = "vaadin:check-square-o", title = "Approvals")
@PermitAll
class ApprovalInboxView extends Main {

    private final ApprovalService approvals;
    private final OrgChartService orgChart;
    final ApprovalInboxModel model = new ApprovalInboxModel();

    final Grid<InboxItem> inbox = new Grid<>();
    final Div emptyState = new Div();
    final Div detail = new Div();
    private final Div layout = new Div();
    final H3 detailTitle = new H3();
    final Button approve = new Button("Approve");
    final Button reject = new Button("Reject…");
    final Button requestChanges = new Button("Request changes…");
    final Button delegate = new Button("Delegate my approvals", VaadinIcon.USER_CHECK.create());
    @Nullable DecisionDialog decisionDialog;

    ApprovalInboxView(ApprovalService approvals, OrgChartService orgChart) {
        this.approvals = approvals;
        this.orgChart = orgChart;
        addClassNames("approvals-view", "page");

        Paragraph help = new Paragraph("Requisitions waiting for your decision, oldest first. Requisitions you "
                + "requested, hire for or are a candidate for never appear here.");
        help.addClassName("panel-description");
        delegate.setId("delegate");
        delegate.addClickListener(click -> new DelegationDialog(approvals).open());
        HorizontalLayout header = new HorizontalLayout(help, delegate);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(help);

        inbox.setId("inbox");
        inbox.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        inbox.addColumn(item -> ApprovalInboxModel.age(item.ageDays())).setHeader("Waiting").setAutoWidth(true)
                .setFlexGrow(0);
        inbox.addColumn(item -> item.requisition().title()).setHeader("Title").setFlexGrow(3);
        inbox.addColumn(ApprovalInboxModel::entity).setHeader("Entity").setFlexGrow(2);
        inbox.addColumn(ApprovalInboxModel::cost).setHeader("Budget (max)").setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        inbox.setItems(query -> approvals.inbox(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) approvals.inboxCount());
        inbox.asSingleSelect().addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != null) {
                model.select(change.getValue());
                renderDetail();
            }
        });
        inbox.setHeight("34rem");

        emptyState.setId("empty-state");
        emptyState.addClassName("empty-state");
        emptyState.add(VaadinIcon.CHECK_CIRCLE_O.create(), new Span(ApprovalInboxModel.EMPTY));

        approve.setId("approve");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.addClickListener(click -> decide(Decision.APPROVE));
        reject.setId("reject");
        reject.addThemeVariants(ButtonVariant.ERROR);
        reject.addClickListener(click -> decide(Decision.REJECT));
        requestChanges.setId("request-changes");
        requestChanges.addClickListener(click -> decide(Decision.REQUEST_CHANGES));

        detail.setId("decision-detail");
        detail.addClassNames("panel", "approval-detail", "grow");
        Div list = new Div(inbox);
        list.addClassName("approval-list");
        layout.add(list, detail);
        layout.addClassName("master-detail");
        add(header, emptyState, layout);
        refresh();
    }

    /** Reloads the inbox and opens the same item when it still waits, else the oldest. */
    void refresh() {
        model.show(approvals.inbox(PageRequest.of(0, 50)));
        inbox.getDataProvider().refreshAll();
        emptyState.setVisible(model.empty());
        layout.setVisible(!model.empty());
        model.selected().ifPresentOrElse(inbox::select, inbox::deselectAll);
        renderDetail();
    }

    private void renderDetail() {
        detail.removeAll();
        model.selected().ifPresent(item -> {
            RequisitionSnapshot snapshot = item.requisition();
            detailTitle.setText(snapshot.title());
            Paragraph subtitle = new Paragraph(ApprovalInboxModel.subtitle(item));
            subtitle.addClassName("panel-description");
            Paragraph waiting = new Paragraph(ApprovalInboxModel.waitingFor(item));
            waiting.setId("waiting-for");
            waiting.addClassName("approval-waiting");

            Div cost = facts(
                    "Entity", ApprovalInboxModel.entity(item),
                    "Salary range", ApprovalInboxModel.salary(snapshot),
                    "FTE", ApprovalInboxModel.fte(snapshot),
                    "Openings", String.valueOf(snapshot.openings()),
                    "Budget impact", ApprovalInboxModel.budget(snapshot),
                    "People", ApprovalInboxModel.people(item));
            cost.setId("cost");

            Paragraph justification = new Paragraph(snapshot.justification() == null ? "—" : snapshot.justification());
            justification.setId("justification");
            justification.addClassName("approval-justification");

            Paragraph qualifications = new Paragraph(snapshot.qualifications() != null ? snapshot.qualifications()
                    : "None typed yet: HR writes the posting's qualifications before or after approval.");
            qualifications.setId("qualifications");
            qualifications.addClassName(snapshot.qualifications() != null ? "approval-justification"
                    : "panel-description");

            approve.setText(ApprovalInboxModel.approveLabel(item));
            reject.setVisible(ApprovalInboxModel.canReject(item));
            HorizontalLayout actions = new HorizontalLayout(approve, requestChanges, reject);
            actions.addClassName("approval-actions");

            detail.add(detailTitle, subtitle, waiting, actions, section("Cost"), cost, section("Justification"),
                    justification, section("Minimum qualifications"), qualifications, section("Place in the org chart"),
                    placement(snapshot), section("Approval trail"),
                    trail(snapshot.requisitionId()));
        });
        if (model.selected().isEmpty() && !model.empty()) {
            detail.add(new Paragraph("Select a requisition to see it and decide."));
        }
    }

    private static H4 section(String title) {
        H4 heading = new H4(title);
        heading.addClassName("approval-section");
        return heading;
    }

    private static Div facts(String... labelsAndValues) {
        Div facts = new Div();
        facts.addClassName("approval-facts");
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            Span label = new Span(labelsAndValues[i]);
            label.addClassName("fact-label");
            Span value = new Span(labelsAndValues[i + 1]);
            value.addClassName("fact-value");
            facts.add(label, value);
        }
        return facts;
    }

    /** The manager chain from the org chart today, and the dotted lines as submitted. */
    private Component placement(RequisitionSnapshot snapshot) {
        Div placement = new Div();
        placement.setId("placement");
        if (snapshot.positionCode() != null) {
            String seat = orgChart.findByCode(snapshot.positionCode()).map(ApprovalInboxView::seat)
                    .orElse(snapshot.positionCode());
            placement.add(new Paragraph("Seat: " + seat));
        } else {
            placement.add(new Paragraph("Seat: new position, created in the chart when approved"));
        }
        List<PositionSummary> chain = snapshot.managerPositionCode() == null ? List.of()
                : orgChart.findByCode(snapshot.managerPositionCode())
                        .map(manager -> orgChart.pathToTop(manager.id(), null)).orElse(List.of());
        Div managers = new Div();
        managers.setId("manager-chain");
        managers.addClassName("manager-chain");
        if (chain.isEmpty()) {
            managers.add(new Span("Reports to: " + (snapshot.managerPositionCode() == null ? "—"
                    : snapshot.managerPositionCode())));
        } else {
            managers.add(new Span("Reports to (solid line):"));
            chain.forEach(position -> {
                Div level = new Div(new Span(seat(position)));
                level.addClassName("manager-level");
                managers.add(level);
            });
        }
        Div dotted = new Div();
        dotted.setId("dotted-lines");
        if (snapshot.dottedLines().isEmpty()) {
            dotted.add(new Span("Dotted lines: none"));
        } else {
            dotted.add(new Span("Dotted lines:"));
            for (DottedLineSnapshot line : snapshot.dottedLines()) {
                Div row = new Div(new Span(
                        (line.positionTitle() == null ? line.positionCode() : line.positionTitle())
                                + (line.label() == null ? "" : " — " + line.label())));
                row.addClassName("dotted-line");
                dotted.add(row);
            }
        }
        placement.add(managers, dotted);
        return placement;
    }

    private static String seat(PositionSummary position) {
        return position.title() + " (" + (position.vacant() ? "vacant" : position.incumbentName()) + ")";
    }

    private Component trail(long requisitionId) {
        Grid<ApprovalTrailEntry> trail = new Grid<>();
        trail.setId("trail");
        trail.addThemeVariants(GridVariant.LUMO_COMPACT);
        trail.addColumn(ApprovalTrailEntry::round).setHeader("Round").setAutoWidth(true).setFlexGrow(0);
        trail.addColumn(ApprovalTrailEntry::step).setHeader("Step").setFlexGrow(2);
        trail.addColumn(ApprovalTrailEntry::approver).setHeader("Approver").setFlexGrow(1);
        trail.addColumn(ApprovalTrailEntry::state).setHeader("State").setFlexGrow(2);
        trail.addColumn(entry -> entry.decidedBy() == null ? "" : entry.decidedBy()
                + (entry.onBehalfOf() == null ? "" : " for " + entry.onBehalfOf())
                + (entry.decidedAt() == null ? "" : ", " + Dates.moment(entry.decidedAt()))
                + (entry.comment() == null ? "" : ": " + entry.comment())).setHeader("Decision").setFlexGrow(3);
        trail.setItems(approvals.trail(requisitionId));
        trail.setAllRowsVisible(true);
        return trail;
    }

    private void decide(Decision decision) {
        InboxItem item = model.selected().orElse(null);
        if (item == null) {
            return;
        }
        if (model.start(decision)) {
            decisionDialog = new DecisionDialog(item, decision, comment -> send(item, decision, comment));
            decisionDialog.open();
        } else {
            send(item, decision, null);
        }
    }

    /** Sends the decision; true when it went through (the dialog closes), false to keep the dialog open. */
    private boolean send(InboxItem item, Decision decision, @Nullable String comment) {
        try {
            approvals.decide(item.stepId(), item.stepVersion(), decision, comment);
            model.finish();
            Notification.show(ApprovalInboxModel.done(item, decision), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
            return true;
        } catch (DomainException refused) {
            // Usually someone decided first: show what waits now instead of asking for a reload. A dialog's
            // comment stays in its dialog, open, so nothing typed is lost.
            Notification.show(refused.getMessage() + " " + ApprovalInboxModel.REFRESHED, 8000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.WARNING);
            refresh();
            return false;
        }
    }

    /** Reject or request changes: the reason or comment is required, and kept when the decision is refused. */
    static class DecisionDialog extends Dialog {

        interface Send {
            boolean send(String comment);
        }

        final TextArea comment = new TextArea();
        final Button confirm;

        DecisionDialog(InboxItem item, Decision decision, Send send) {
            setHeaderTitle(ApprovalInboxModel.dialogTitle(decision));
            setWidth("32rem");
            comment.setLabel(ApprovalInboxModel.commentLabel(decision));
            comment.setRequired(true);
            comment.setWidthFull();
            comment.setMinHeight("8rem");
            comment.setMaxLength(Decision.MAX_COMMENT);
            comment.setId("decision-comment");
            add(new Paragraph(item.requisition().title() + " — " + item.step()), comment);
            confirm = new Button(decision.label(), click -> {
                var problem = ApprovalInboxModel.problem(decision, comment.getValue());
                if (problem.isPresent()) {
                    comment.setInvalid(true);
                    comment.setErrorMessage(problem.get());
                    return;
                }
                comment.setInvalid(false);
                if (send.send(comment.getValue())) {
                    close();
                }
            });
            confirm.setId("decision-confirm");
            confirm.addThemeVariants(decision == Decision.REJECT ? ButtonVariant.ERROR : ButtonVariant.PRIMARY);
            getFooter().add(new Button("Cancel", click -> close()), confirm);
        }
    }
}
