package health.staffing.directory.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import health.staffing.base.DomainException;
import health.staffing.directory.HrImportService;
import health.staffing.people.DirectoryEntry;
import health.staffing.people.EmployeeRules;
import health.staffing.people.HrEmployee;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * HR adds or edits an employee by hand, for the few the HR system does not send yet. Each field holds at most
 * what its column does; the rules the import applies ({@link EmployeeRules}) mark the fields they refuse, and
 * nothing typed is lost. A termination date today or earlier ends the employment at once.
 */
class EmployeeDialog extends Dialog {

    final TextField number = new TextField("Employee number");
    final TextField givenName = new TextField("Given name");
    final TextField familyName = new TextField("Family name");
    final TextField postNominals = new TextField("Post-nominals");
    final EmailField email = new EmailField("Work email");
    final TextField workLocation = new TextField("Work location");
    final TextField manager = new TextField("Manager's employee number");
    final DatePicker hired = new DatePicker("Hire date");
    final DatePicker leaves = new DatePicker("Termination date");
    final BigDecimalField fte = new BigDecimalField("FTE");
    final Paragraph problems = new Paragraph();
    final Button save = new Button("Save");
    private final @Nullable Long id;

    EmployeeDialog(HrImportService records, @Nullable DirectoryEntry existing, Consumer<String> saved) {
        this.id = existing == null ? null : existing.id();
        setHeaderTitle(existing == null ? "Add an employee" : "Edit " + existing.employee().givenName() + " "
                + existing.employee().familyName());
        setWidth("44rem");
        number.setMaxLength(EmployeeRules.MAX_EMPLOYEE_NUMBER);
        givenName.setMaxLength(EmployeeRules.MAX_NAME);
        familyName.setMaxLength(EmployeeRules.MAX_NAME);
        postNominals.setMaxLength(EmployeeRules.MAX_POST_NOMINALS);
        postNominals.setHelperText("MD, MBA");
        email.setMaxLength(EmployeeRules.MAX_EMAIL);
        workLocation.setMaxLength(EmployeeRules.MAX_WORK_LOCATION);
        manager.setMaxLength(EmployeeRules.MAX_EMPLOYEE_NUMBER);
        fte.setHelperText("0.00 to " + EmployeeRules.MAX_FTE);
        leaves.setHelperText("Today or earlier: the seat is vacated and the account disabled now");
        for (var required : List.of(number, givenName, familyName)) {
            required.setRequiredIndicatorVisible(true);
        }
        email.setRequiredIndicatorVisible(true);
        if (existing != null) {
            HrEmployee employee = existing.employee();
            number.setValue(employee.employeeNumber());
            number.setReadOnly(true);
            givenName.setValue(employee.givenName());
            familyName.setValue(employee.familyName());
            postNominals.setValue(orEmpty(employee.postNominals()));
            email.setValue(employee.email());
            workLocation.setValue(orEmpty(employee.workLocation()));
            manager.setValue(orEmpty(employee.managerEmployeeNumber()));
            hired.setValue(employee.hireDate());
            leaves.setValue(employee.terminationDate());
            fte.setValue(employee.fte());
        }
        problems.addClassName("dialog-error");
        problems.setVisible(false);
        problems.setId("employee-problems");
        FormLayout form = new FormLayout(number, email, givenName, familyName, postNominals, workLocation, manager, fte,
                hired, leaves);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        add(problems, form);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("employee-save");
        save.addClickListener(click -> save(records, saved));
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save(HrImportService records, Consumer<String> saved) {
        HrEmployee details = new HrEmployee(number.getValue(), givenName.getValue(), familyName.getValue(),
                postNominals.getValue(), email.getValue(), workLocation.getValue(), manager.getValue(), hired.getValue(),
                leaves.getValue(), fte.getValue());
        List<String> found = EmployeeRules.problems(details);
        if (found.isEmpty()) {
            try {
                records.save(id, details);
                close();
                saved.accept(details.givenName().strip() + " " + details.familyName().strip());
                return;
            } catch (DomainException refused) {
                found = List.of(refused.getMessage());
            }
        }
        show(found);
    }

    /** Marks each field a problem names and lists every problem above the form. */
    private void show(List<String> found) {
        Map<String, HasValidation> byWord = new LinkedHashMap<>();
        byWord.put("manager", manager);
        byWord.put("employee number", number);
        byWord.put("given name", givenName);
        byWord.put("family name", familyName);
        byWord.put("post-nominals", postNominals);
        byWord.put("email", email);
        byWord.put("work location", workLocation);
        byWord.put("termination date", leaves);
        byWord.put("fte", fte);
        byWord.values().forEach(field -> field.setInvalid(false));
        StringBuilder summary = new StringBuilder();
        for (String problem : found) {
            String lower = problem.toLowerCase();
            HasValidation field = byWord.entrySet().stream().filter(entry -> lower.contains(entry.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (field != null) {
                field.setErrorMessage(problem);
                field.setInvalid(true);
            }
            summary.append(problem).append(' ');
        }
        problems.setText(summary.toString().strip());
        problems.setVisible(true);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
