package health.staffing.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.DomainRule;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.security.AccountRules;
import health.staffing.security.AppRoles;
import health.staffing.security.IssuedPassword;
import health.staffing.security.UserAccountService;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Opens an account: usually for an employee (chosen by name or number, which also proposes the
 * display name), with the roles it needs. The fields check the same {@link AccountRules} the
 * service applies; the temporary password is shown once afterwards by {@link IssuedPasswordDialog}.
 */
class NewAccountDialog extends Dialog {

    private final UserAccountService accounts;
    private final Consumer<IssuedPassword> opened;
    final ComboBox<EmployeeSummary> employee = new ComboBox<>("Employee record");
    final TextField username = new TextField("User name");
    final TextField displayName = new TextField("Display name");
    final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
    final Paragraph refusal = new Paragraph();
    final Button open = new Button("Open account");
    private final Binder<Draft> binder = new Binder<>();

    NewAccountDialog(UserAccountService accounts, EmployeeService employees, Consumer<IssuedPassword> opened) {
        this.accounts = accounts;
        this.opened = opened;
        setHeaderTitle("New account");
        setWidth("min(34rem, 95vw)");

        employee.setItems(query -> employees.searchByName(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        employee.setItemLabelGenerator(e -> e.fullName() + " · " + e.employeeNumber());
        employee.setHelperText("Type a name or an employee number. Leave empty only for a service account.");
        employee.setClearButtonVisible(true);
        employee.setWidthFull();
        employee.addValueChangeListener(choice -> propose(choice.getValue()));

        username.setMaxLength(AccountRules.MAX_USERNAME);
        username.setHelperText("Letters a–z, digits and . _ - @; the person signs in with it.");
        displayName.setMaxLength(AccountRules.MAX_DISPLAY_NAME);
        username.setWidthFull();
        displayName.setWidthFull();
        binder.forField(username).asRequired("Enter a user name.").withValidator(DomainRule.of(firstOf(AccountRules::usernameProblems)))
                .bind(Draft::getUsername, Draft::setUsername);
        binder.forField(displayName).asRequired("Enter the name shown to others.")
                .withValidator(DomainRule.of(firstOf(AccountRules::displayNameProblems)))
                .bind(Draft::getDisplayName, Draft::setDisplayName);
        binder.setBean(new Draft());

        roles.setItems(AppRoles.ALL);
        roles.setItemLabelGenerator(AppRoles::label);
        roles.setValue(Set.of(AppRoles.CAREGIVER));
        roles.setItemEnabledProvider(role -> !AppRoles.CAREGIVER.equals(role));
        roles.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        refusal.addClassName("form-errors");
        refusal.setVisible(false);

        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClickListener(click -> submit());
        add(refusal, employee, username, displayName, roles);
        getFooter().add(new Button("Cancel", click -> close()), open);
    }

    private void propose(EmployeeSummary chosen) {
        if (chosen == null) {
            return;
        }
        if (displayName.isEmpty()) {
            displayName.setValue(chosen.fullName());
        }
        if (username.isEmpty() && chosen.email() != null && chosen.email().contains("@")) {
            username.setValue(chosen.email().substring(0, chosen.email().indexOf('@')).toLowerCase());
        }
    }

    private void submit() {
        refusal.setVisible(false);
        if (binder.validate().hasErrors()) {
            return;
        }
        try {
            EmployeeSummary chosen = employee.getValue();
            IssuedPassword issued = accounts.openAccount(username.getValue(), displayName.getValue(),
                    chosen == null ? null : chosen.id(), new HashSet<>(roles.getValue()));
            close();
            opened.accept(issued);
        } catch (DomainException refused) {
            // Everything typed stays; the administrator adjusts and tries again.
            refusal.setText(refused.getMessage());
            refusal.setVisible(true);
        }
    }


    /** What the form holds until the account is opened. */
    static final class Draft {
        private String username = "";
        private String displayName = "";

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }
    }

    /** The field shows the first of the rule's problems; the service reports them all. */
    private static Function<String, Optional<String>> firstOf(Function<String, List<String>> problems) {
        return value -> problems.apply(value).stream().findFirst();
    }
}
