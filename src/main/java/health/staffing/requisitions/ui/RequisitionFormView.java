package health.staffing.requisitions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import health.staffing.base.DomainException;
import health.staffing.base.ui.RouteIds;
import health.staffing.base.ui.component.Panel;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.ApprovalPreview;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.requisitions.PayTransparencyService;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Creates a requisition ({@code /requisitions/new}, optionally {@code ?position=CODE} for a vacant
 * seat) or edits one ({@code /requisitions/42/edit}). The fields ({@link RequisitionFields}) check
 * what is typed; the service checks again and its message appears above the form, which keeps
 * everything typed.
 */
@Route("requisitions/new")
@RouteAlias("requisitions/:id(\\d+)/edit")
@RolesAllowed({AppRoles.HIRING_MANAGER, AppRoles.RECRUITER, AppRoles.ADMIN})
class RequisitionFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RequisitionService requisitions;
    private final OrgChartService orgChart;
    private final ObjectProvider<ApprovalPreview> approvalPreview;
    private RequisitionForm form = new RequisitionForm();
    private @Nullable RequisitionDetails editing;

    private final H2 heading = new H2("New requisition");
    final Div errors = new Div();
    final RequisitionFields fields;
    final ApprovalChainPreview approvalChain = new ApprovalChainPreview();
    final Button save = new Button("Save draft");
    final Button saveAndSubmit = new Button("Save and submit for approval");

    RequisitionFormView(RequisitionService requisitions, OrgChartService orgChart, UserAccountService accounts,
            Clock clock, ObjectProvider<ApprovalPreview> approvalPreview, PayTransparencyService payTransparency) {
        this.requisitions = requisitions;
        this.orgChart = orgChart;
        this.approvalPreview = approvalPreview;
        this.fields = new RequisitionFields(orgChart, accounts, payTransparency, clock, this::showApprovalChain);
        addClassNames("page", "requisition-form");

        errors.setId("form-errors");
        errors.addClassName("form-errors");
        errors.setVisible(false);

        save.setId("save-requisition");
        save.addClickListener(click -> save(false));
        saveAndSubmit.setId("submit-requisition");
        saveAndSubmit.addThemeVariants(ButtonVariant.PRIMARY);
        saveAndSubmit.addClickListener(click -> save(true));
        Button back = new Button("Cancel", click -> leave());
        back.addThemeVariants(ButtonVariant.TERTIARY);
        Div buttons = new Div(saveAndSubmit, save, back);
        buttons.addClassName("requisition-actions");
        buttons.addClassName("form-section");

        add(heading, errors,
                section("The seat", "Where the role sits in the org chart. Reports-to and dotted lines are taken from the chart.",
                        fields.seat.placement()),
                section("The role", null, fields.role()),
                section("Time and pay", "Budget impact is the salary range × FTE × openings, per year.",
                        fields.timeAndPay()),
                section("Why and who", null, fields.whyAndWho()),
                section("Approval chain", "Who decides, in order, if it is submitted as it stands: the threshold"
                        + " steps by the salary maximum, and the dotted-line partners consulted.", approvalChain),
                buttons);
    }

    /** The chain as the routing of a submission would plan it from what the form holds now. */
    private void showApprovalChain() {
        ApprovalPreview preview = approvalPreview.getIfAvailable();
        if (preview == null) {
            approvalChain.setVisible(false);
            return;
        }
        approvalChain.show(preview.stepsFor(fields.planned(),
                editing == null ? CurrentUser.required() : editing.requestedBy()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = RouteIds.of(event, "id");
        errors.setVisible(false);
        if (event.getRouteParameters().get("id").isPresent() && id.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no such requisition.");
            return;
        }
        if (id.isPresent()) {
            try {
                editing = requisitions.details(id.get());
            } catch (DomainException notVisible) {
                event.rerouteToError(NotFoundException.class, notVisible.getMessage());
                return;
            }
            form = RequisitionForm.from(editing);
            heading.setText("Edit " + editing.reference() + " · " + editing.title());
            saveAndSubmit.setVisible(editing.status().isFreelyEditable());
            save.setText(editing.status().isFreelyEditable() ? "Save draft" : "Save changes");
            fields.seat.showPlacementOf(editing);
        } else {
            form = new RequisitionForm();
            if (CurrentUser.hasRole(AppRoles.HIRING_MANAGER)) {
                form.setHiringManager(CurrentUser.username());
            }
            if (CurrentUser.isHr()) {
                form.setRecruiter(CurrentUser.username());
            }
            event.getLocation().getQueryParameters().getSingleParameter("position")
                    .flatMap(orgChart::findByCode).filter(PositionSummary::vacant).ifPresent(seat -> {
                        form.setKind(RequisitionKind.REPLACEMENT);
                        fields.seat.vacantSeat.setValue(seat);
                    });
        }
        fields.binder.readBean(form);
        if (id.isEmpty() && fields.seat.vacantSeat.getValue() != null) {
            fields.describeFrom(fields.seat.vacantSeat.getValue());
        }
        fields.seat.showKind(fields.seat.kind.getValue());
        showApprovalChain();
        fields.showBudget();
    }

    @Override
    public String getPageTitle() {
        return editing == null ? "New requisition" : "Edit requisition " + editing.reference();
    }

    private void save(boolean submit) {
        if (!fields.binder.writeBeanIfValid(form)) {
            showErrors("Some fields need attention: see the messages under them.");
            fields.focusFirstProblem();
            return;
        }
        fields.seat.placeInto(form);
        try {
            RequisitionDetails saved = editing == null ? requisitions.create(form)
                    : requisitions.update(editing.id(), editing.version(), form);
            // Saved: a refused submission below must not make the next click create a second draft.
            editing = saved;
            heading.setText("Edit " + saved.reference() + " · " + saved.title());
            if (submit) {
                saved = requisitions.submit(saved.id(), saved.version());
            }
            Notification.show(message(saved, submit), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            long savedId = saved.id();
            getUI().ifPresent(ui -> ui.navigate(RequisitionDetailView.class, RequisitionDetailView.parameters(savedId)));
        } catch (DomainException refused) {
            showErrors(refused.getMessage());
        }
    }

    private static String message(RequisitionDetails saved, boolean submitted) {
        if (submitted) {
            return "Requisition " + saved.reference() + " was sent for approval.";
        }
        return switch (saved.status()) {
            case PENDING_APPROVAL -> "Saved. The change affects cost or placement, so " + saved.reference()
                    + " goes back for approval.";
            default -> "Requisition " + saved.reference() + " saved.";
        };
    }

    private void showErrors(String message) {
        errors.setText(message);
        errors.setVisible(true);
        errors.scrollIntoView();
    }

    private void leave() {
        getUI().ifPresent(ui -> {
            if (editing == null) {
                ui.navigate(RequisitionListView.class);
            } else {
                ui.navigate(RequisitionDetailView.class, RequisitionDetailView.parameters(editing.id()));
            }
        });
    }

    private static Div section(String title, @Nullable String description, Component content) {
        Panel section = Panel.described(title, description, content);
        section.addClassName("form-section");
        return section;
    }
}
