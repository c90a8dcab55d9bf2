package health.staffing.approvals.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import health.staffing.approvals.ApprovalChainService;
import health.staffing.approvals.ChainStep;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.requisitions.RequisitionKind;
import health.staffing.security.AccountRules;
import health.staffing.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Administration of the approval chains: per requisition kind, the ordered steps (a role or a
 * named person, optionally only above a salary maximum). Saved as a whole, guarded by the version.
 */
@Route("admin/approval-chains")
@PageTitle("Approval chains")
@Menu(order = 91, icon = "vaadin:connect", title = "Approval chains")
@RolesAllowed(AppRoles.ADMIN)
class ApprovalChainsView extends Main {

    static final String ROLE = "Role";
    static final String PERSON = "Named person";

    private final ApprovalChainService chains;
    final ChainEditorModel model = new ChainEditorModel();

    final Select<RequisitionKind> kind = new Select<>();
    final Grid<ChainStep> steps = new Grid<>();
    final TextField label = new TextField("Label");
    final RadioButtonGroup<String> decidedBy = new RadioButtonGroup<>("Decided by");
    final Select<String> role = new Select<>();
    final TextField username = new TextField("User name");
    final NumberInput<BigDecimal> salaryAbove = NumberInput.amount("Only when salary maximum above (optional)");
    final Button addStep = new Button("Add step", VaadinIcon.PLUS.create());
    final Button updateStep = new Button("Update step");
    final Button save = new Button("Save chain");
    final Button discard = new Button("Discard changes");
    private @Nullable Integer editing;

    ApprovalChainsView(ApprovalChainService chains) {
        this.chains = chains;
        addClassNames("approval-chains-view", "page");

        Paragraph help = new Paragraph("Each requisition kind has its own chain. Steps are decided one after the "
                + "other. A step with a salary condition is skipped (and the trail says why) when the requisition's "
                + "salary maximum is not above it. Dotted-line partners of the position are consulted automatically "
                + "before the last CMO office step. Changes apply to the next submission.");
        help.addClassName("panel-description");
        Anchor back = new Anchor("admin", "← Administration");

        kind.setLabel("Requisition kind");
        kind.setItems(RequisitionKind.values());
        kind.setItemLabelGenerator(RequisitionKind::label);
        kind.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                load(change.getValue());
            }
        });

        steps.setId("chain-steps");
        steps.addColumn(step -> model.steps().indexOf(step) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(ChainStep::label).setHeader("Step").setFlexGrow(3).setTooltipGenerator(ChainStep::label);
        steps.addColumn(ChainStep::approverText).setHeader("Decided by").setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(ChainStep::conditionText).setHeader("Applies").setFlexGrow(2)
                .setTooltipGenerator(ChainStep::conditionText);
        steps.addComponentColumn(this::rowActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        steps.setAllRowsVisible(true);
        steps.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));

        decidedBy.setItems(ROLE, PERSON);
        decidedBy.setValue(ROLE);
        decidedBy.addValueChangeListener(change -> showWho());
        role.setLabel("Role");
        role.setItems(AppRoles.ALL.stream().filter(r -> !AppRoles.CAREGIVER.equals(r)).toList());
        role.setItemLabelGenerator(AppRoles::label);
        username.setHelperText("An existing user, e.g. cmo");
        username.setMaxLength(AccountRules.MAX_USERNAME);
        label.setMaxLength(ApprovalChainService.MAX_LABEL);
        salaryAbove.setPrefixComponent(new Div("$"));
        showWho();

        addStep.addClickListener(click -> readForm().ifPresent(step -> {
            model.add(step);
            clearForm();
            refreshSteps();
        }));
        updateStep.addClickListener(click -> readForm().ifPresent(step -> {
            Integer replaced = editing;
            if (replaced == null) {
                return; // the button shows only while a step is being edited
            }
            model.replace(replaced, step);
            clearForm();
            refreshSteps();
        }));
        updateStep.setVisible(false);
        save.setId("save-chain");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        discard.addClickListener(click -> Optional.ofNullable(model.kind()).ifPresent(this::load));

        FormLayout form = new FormLayout(label, decidedBy, role, username, salaryAbove);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div editor = new Div(new H3("Step"), form, new HorizontalLayout(addStep, updateStep));
        editor.addClassName("side-editor");
        Div list = new Div(kind, steps, new HorizontalLayout(save, discard));
        list.addClassName("grow");
        Div layout = new Div(list, editor);
        layout.addClassName("master-detail");
        add(back, help, layout);
        kind.setValue(RequisitionKind.NEW_POSITION);
    }

    private Component rowActions(ChainStep step) {
        int index = model.steps().indexOf(step);
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> {
            model.moveUp(index);
            refreshSteps();
        });
        up.setAriaLabel("Move " + step.label() + " up");
        up.setEnabled(model.canMoveUp(index));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), click -> {
            model.moveDown(index);
            refreshSteps();
        });
        down.setAriaLabel("Move " + step.label() + " down");
        down.setEnabled(model.canMoveDown(index));
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
            model.remove(index);
            clearForm();
            refreshSteps();
        });
        remove.setAriaLabel("Remove " + step.label());
        for (Button button : new Button[] {up, down, remove}) {
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        }
        return new HorizontalLayout(up, down, remove);
    }

    private void load(RequisitionKind kindToLoad) {
        model.load(chains.chain(kindToLoad));
        clearForm();
        refreshSteps();
    }

    private void refreshSteps() {
        steps.setItems(model.steps());
    }

    private void showWho() {
        boolean person = PERSON.equals(decidedBy.getValue());
        role.setVisible(!person);
        username.setVisible(person);
    }

    private void edit(ChainStep step) {
        if (step == null) {
            return;
        }
        editing = model.steps().indexOf(step);
        label.setValue(step.label());
        decidedBy.setValue(step.role() != null ? ROLE : PERSON);
        role.setValue(step.role());
        username.setValue(step.username() == null ? "" : step.username());
        salaryAbove.setNumber(step.salaryAbove());
        addStep.setVisible(false);
        updateStep.setVisible(true);
    }

    private void clearForm() {
        editing = null;
        label.clear();
        role.clear();
        username.clear();
        salaryAbove.clear();
        label.setInvalid(false);
        addStep.setVisible(true);
        updateStep.setVisible(false);
        steps.deselectAll();
    }

    private java.util.Optional<ChainStep> readForm() {
        if (label.getValue().isBlank()) {
            label.setInvalid(true);
            label.setErrorMessage("Name the step, such as \"Finance review\".");
            return java.util.Optional.empty();
        }
        if (salaryAbove.isBadInput()) {
            salaryAbove.setInvalid(true);
            return java.util.Optional.empty();
        }
        boolean person = PERSON.equals(decidedBy.getValue());
        if (person ? username.getValue().isBlank() : role.getValue() == null) {
            warn(person ? "Enter the user name of the person who decides." : "Choose the role that decides.");
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ChainStep(label.getValue().strip(), person ? null : role.getValue(),
                person ? username.getValue().strip() : null, salaryAbove.number().orElse(null)));
    }

    private void save() {
        RequisitionKind edited = model.kind();
        if (edited == null) {
            return; // no chain loaded yet
        }
        try {
            model.load(chains.save(edited, model.version(), model.steps()));
            refreshSteps();
            Notification.show("Approval chain for " + edited.label().toLowerCase() + " requisitions saved.",
                    3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (DomainException refused) {
            warn(refused.getMessage());
        }
    }

    private static void warn(String message) {
        Notification.show(message, 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.WARNING);
    }
}
