package health.staffing.requisitions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import health.staffing.base.AuditLog;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.ui.RouteIds;
import health.staffing.base.ui.component.AccessibleTabs;
import health.staffing.base.ui.component.AuditTrailGrid;
import health.staffing.base.ui.component.Panel;
import health.staffing.orgchart.OrgChartService;
import health.staffing.requisitions.ApprovalPreview;
import health.staffing.requisitions.ApprovalTrail;
import health.staffing.requisitions.ApprovalTrailEntry;
import health.staffing.requisitions.ConflictOfInterest;
import health.staffing.requisitions.RequisitionAction;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionTab;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One requisition: what is asked and what it costs, where the seat sits in the org chart, the
 * approval trail, the posting and the recorded history. Only the moves its status allows are
 * offered; the service refuses the rest anyway.
 */
@Route("requisitions/:id(\\d+)")
@RolesAllowed({AppRoles.HIRING_MANAGER, AppRoles.RECRUITER, AppRoles.ADMIN, AppRoles.CMO_OFFICE, AppRoles.FINANCE})
class RequisitionDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RequisitionService requisitions;
    private final OrgChartService orgChart;
    private final ObjectProvider<ApprovalTrail> approvalTrail;
    private final List<RequisitionTab> extraTabs;
    private final AuditLog auditLog;
    private final Clock clock;
    private final UserAccountService accounts;
    private final ConflictOfInterest conflicts;
    private final ObjectProvider<ApprovalPreview> approvalPreview;
    private @Nullable RequisitionDetails requisition;
    private String pageTitle = "Requisition";

    RequisitionDetailView(RequisitionService requisitions, OrgChartService orgChart,
            ObjectProvider<ApprovalTrail> approvalTrail, List<RequisitionTab> extraTabs, AuditLog auditLog, Clock clock,
            UserAccountService accounts, ConflictOfInterest conflicts,
            ObjectProvider<ApprovalPreview> approvalPreview) {
        this.approvalPreview = approvalPreview;
        this.accounts = accounts;
        this.conflicts = conflicts;
        this.requisitions = requisitions;
        this.orgChart = orgChart;
        this.approvalTrail = approvalTrail;
        this.extraTabs = extraTabs;
        this.auditLog = auditLog;
        this.clock = clock;
        addClassNames("page", "requisition-detail-view");
    }

    static RouteParameters parameters(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> routed = RouteIds.of(event, "id");
        if (routed.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no such requisition.");
            return;
        }
        long id = routed.get();
        try {
            requisition = requisitions.details(id);
        } catch (DomainException notVisible) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, notVisible.getMessage());
            return;
        }
        pageTitle = requisition.reference() + " · " + requisition.title();
        String tab = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse("overview");
        render(tab);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void render(String selectedTab) {
        RequisitionDetails requisition = shown();
        removeAll();
        add(header(requisitions.availableActions(requisition.id())));
        if (conflicts.ofCurrentUser().contains(requisition.id())) {
            Paragraph candidate = new Paragraph("You are a candidate for this job, so you cannot act on its hiring"
                    + " (conflict of interest). Follow your application under My applications.");
            candidate.setId("candidate-on-requisition");
            candidate.addClassName("form-errors");
            add(candidate);
        }
        TabSheet tabs = AccessibleTabs.of(new TabSheet());
        tabs.setId("requisition-tabs");
        tabs.setWidthFull();
        List<String> keys = new ArrayList<>();
        tabs.add("Overview", new RequisitionOverview(requisition, orgChart));
        keys.add("overview");
        tabs.add("Approvals", approvals());
        keys.add("approvals");
        for (RequisitionTab extra : extraTabs) {
            if (extra.appliesTo(requisition)) {
                tabs.add(extra.label(), extra.content(requisition, this::reload));
                keys.add(extra.key());
            }
        }
        if (CurrentUser.roles().stream().anyMatch(Set.of(AppRoles.RECRUITER, AppRoles.ADMIN)::contains)) {
            tabs.add("History", history());
            keys.add("history");
        }
        int index = keys.indexOf(selectedTab);
        if (index > 0) {
            tabs.setSelectedIndex(index);
        }
        add(tabs);
    }

    private void reload() {
        RequisitionDetails requisition = requisitions.details(shown().id());
        this.requisition = requisition;
        pageTitle = requisition.reference() + " · " + requisition.title();
        render("overview");
    }

    private Component header(Set<RequisitionAction> actions) {
        RequisitionDetails requisition = shown();
        H2 title = new H2(requisition.title());
        title.setId("requisition-title");
        Span reference = new Span("Job ref " + requisition.reference());
        reference.setId("requisition-reference");
        Span status = StatusBadges.status(requisition.status());
        status.setId("requisition-status");
        Div subtitle = new Div(reference, new Span("·"), new Span(requisition.kind().label()), new Span("·"),
                new Span(requisition.organisationName()), status);
        subtitle.addClassName("requisition-subtitle");
        Div heading = new Div(title, subtitle);

        Div buttons = new Div();
        buttons.addClassName("requisition-actions");
        if (actions.contains(RequisitionAction.SUBMIT)) {
            buttons.add(action("Submit for approval", "submit", ButtonVariant.PRIMARY,
                    () -> requisitions.submit(requisition.id(), requisition.version()), "Sent for approval."));
        }
        if (actions.contains(RequisitionAction.EDIT)) {
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> getUI().ifPresent(ui ->
                    ui.navigate("requisitions/" + requisition.id() + "/edit")));
            edit.setId("edit");
            buttons.add(edit);
        }
        if (actions.contains(RequisitionAction.HOLD)) {
            buttons.add(action("Put on hold", "hold", ButtonVariant.TERTIARY,
                    () -> requisitions.hold(requisition.id(), requisition.version()), "Put on hold."));
        }
        if (actions.contains(RequisitionAction.RESUME)) {
            buttons.add(action("Resume", "resume", ButtonVariant.PRIMARY,
                    () -> requisitions.resume(requisition.id(), requisition.version()), "Resumed."));
        }
        if (actions.contains(RequisitionAction.REASSIGN)) {
            Button reassign = new Button("Reassign", VaadinIcon.EXCHANGE.create(), click -> new ReassignDialog(
                    requisitions, accounts, requisition, () -> {
                        Notification.show("Reassigned.", 3000, Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.SUCCESS);
                        reload();
                    }).open());
            reassign.addThemeVariants(ButtonVariant.TERTIARY);
            reassign.setId("reassign");
            buttons.add(reassign);
        }
        if (actions.contains(RequisitionAction.CANCEL)) {
            Button cancel = new Button("Cancel requisition", click -> confirmCancel());
            cancel.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            cancel.setId("cancel");
            buttons.add(cancel);
        }
        Div header = new Div(heading, buttons);
        header.addClassName("requisition-header");
        return header;
    }

    private Button action(String label, String id, ButtonVariant variant, Supplier<RequisitionDetails> work,
            String done) {
        Button button = new Button(label, click -> {
            try {
                work.get();
                Notification.show(done, 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                reload();
            } catch (DomainException refused) {
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        button.addThemeVariants(variant);
        button.setId(id);
        return button;
    }

    /** Cancelling is final: the reason is required and checked on its field; a refusal keeps the dialog and the text. */
    private void confirmCancel() {
        RequisitionDetails requisition = shown();
        TextArea reason = new TextArea("Reason");
        reason.setId("cancel-reason");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(RequisitionService.MAX_CANCEL_REASON);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Cancel requisition " + requisition.reference() + "?");
        dialog.add(new Paragraph("Cancelling is final. Say why, so the trail explains it."), reason);
        Button confirm = new Button("Cancel requisition", click -> {
            var problem = RequisitionService.cancelReasonProblem(reason.getValue());
            reason.setInvalid(problem.isPresent());
            reason.setErrorMessage(problem.orElse(null));
            if (problem.isPresent()) {
                return;
            }
            try {
                requisitions.cancel(requisition.id(), requisition.version(), reason.getValue());
                dialog.close();
                reload();
            } catch (DomainException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(refused.getMessage());
            }
        });
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button("Keep it", click -> dialog.close()), confirm);
        dialog.open();
    }

    private Component approvals() {
        RequisitionDetails requisition = shown();
        ApprovalTrail trail = approvalTrail.getIfAvailable();
        List<ApprovalTrailEntry> entries = trail == null ? List.of() : trail.of(requisition.id());
        Grid<ApprovalTrailEntry> grid = new Grid<>();
        grid.setId("approval-trail");
        grid.addColumn(ApprovalTrailEntry::round).setHeader("Round").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ApprovalTrailEntry::step).setHeader("Step").setFlexGrow(2);
        grid.addColumn(e -> e.approver() + (e.consulted() ? " (consulted)" : "")).setHeader("Approver").setFlexGrow(2);
        grid.addColumn(ApprovalTrailEntry::state).setHeader("State").setFlexGrow(1);
        grid.addColumn(e -> e.decidedBy() == null ? "" : e.decidedBy()
                + (e.onBehalfOf() == null ? "" : " on behalf of " + e.onBehalfOf())).setHeader("Decided by").setFlexGrow(2);
        grid.addColumn(e -> e.comment() == null ? "" : e.comment()).setHeader("Comment").setFlexGrow(3);
        grid.addColumn(e -> Dates.moment(e.decidedAt() != null ? e.decidedAt() : e.activatedAt()))
                .setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(requisition.approvalRound() == 0 ? "Not submitted for approval yet."
                : "No approval steps recorded.");
        Div content = new Div(new H3("Approval trail"), grid);
        ApprovalPreview preview = approvalPreview.getIfAvailable();
        if (preview != null && requisition.status().isFreelyEditable()) {
            // Before it is (re)submitted: the chain that will run, as the routing would plan it now.
            ApprovalChainPreview chain = new ApprovalChainPreview();
            chain.show(preview.stepsFor(RequisitionForm.from(requisition), requisition.requestedBy()));
            content.addComponentAsFirst(new Div(new H3("If submitted now"), chain));
        }
        return new Panel(content);
    }

    private Component history() {
        RequisitionDetails requisition = shown();
        AuditTrailGrid grid = new AuditTrailGrid(page -> auditLog.historyOf("Requisition", requisition.id(), page), true);
        grid.setId("requisition-history");
        grid.setHeight("24rem");
        return new Panel(new Div(new H3("Recorded changes"),
                grid.exports("requisition-" + requisition.reference() + "-history", auditLog, clock), grid));
    }

    /** The requisition on screen: loaded in {@link #beforeEnter} before anything renders. */
    private RequisitionDetails shown() {
        return Objects.requireNonNull(requisition, "loaded before the view renders");
    }
}
