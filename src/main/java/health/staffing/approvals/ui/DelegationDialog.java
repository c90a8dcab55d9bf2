package health.staffing.approvals.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import health.staffing.approvals.ApprovalService;
import health.staffing.approvals.DelegationItem;
import health.staffing.base.DomainException;
import health.staffing.security.AccountRules;

/** "Delegate my approvals": name a colleague for a range of days; see and end current delegations. */
class DelegationDialog extends Dialog {

    private final ApprovalService approvals;
    final TextField delegate = new TextField("Delegate (user name)");
    final DatePicker from = new DatePicker("First day");
    final DatePicker to = new DatePicker("Last day");
    final Paragraph error = new Paragraph();
    final Grid<DelegationItem> current = new Grid<>();
    final Button save = new Button("Delegate");

    DelegationDialog(ApprovalService approvals) {
        this.approvals = approvals;
        setHeaderTitle("Delegate my approvals");
        setWidth("40rem");
        delegate.setRequired(true);
        delegate.setMaxLength(AccountRules.MAX_USERNAME);
        delegate.setHelperText("They decide your steps on your behalf; the trail records both names.");
        delegate.setId("delegate-username");
        from.setRequired(true);
        to.setRequired(true);
        FormLayout form = new FormLayout(delegate, from, to);
        form.setColspan(delegate, 2);
        error.addClassName("dialog-error");
        error.setVisible(false);

        current.setId("delegations");
        current.addColumn(item -> item.given() ? "You → " + item.delegateName() : item.delegatorName() + " → you")
                .setHeader("Delegation").setFlexGrow(2);
        current.addColumn(item -> item.validFrom() + " – " + item.validTo()).setHeader("Days").setFlexGrow(2);
        current.addColumn(item -> item.active() ? "Active" : "Upcoming").setHeader("Status").setAutoWidth(true);
        current.addComponentColumn(item -> {
            Button end = new Button("End", click -> end(item));
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            end.setVisible(item.given());
            end.setAriaLabel("End delegation to " + item.delegateName());
            return end;
        }).setAutoWidth(true).setFlexGrow(0);
        current.setAllRowsVisible(true);
        reload();

        save.setId("delegation-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            try {
                approvals.delegate(delegate.getValue(), from.getValue(), to.getValue());
                error.setVisible(false);
                delegate.clear();
                reload();
            } catch (DomainException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            }
        });
        add(form, error, current);
        getFooter().add(new Button("Close", click -> close()), save);
    }

    private void end(DelegationItem item) {
        approvals.endDelegation(item.id());
        reload();
    }

    private void reload() {
        current.setItems(approvals.myDelegations());
    }
}
