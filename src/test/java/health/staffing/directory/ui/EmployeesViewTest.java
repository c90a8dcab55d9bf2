package health.staffing.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import health.staffing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@ViewTest
class EmployeesViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_finds_an_employee_by_name_number_or_email_and_sees_their_status() {
        EmployeesView view = navigate(EmployeesView.class);
        assertThat(test(view.employees).size()).isGreaterThan(30);

        test(view.search).setValue("gregory");
        assertThat(test(view.employees).size()).isEqualTo(1);
        assertThat(test(view.employees).getCellText(0, 0)).isEqualTo("100006");
        assertThat(test(view.employees).getCellText(0, 1)).isEqualTo("Gregory Lin, MD");
        assertThat(test(view.employees).getCellText(0, 5)).isEqualTo("Active");

        test(view.search).setValue("sam.patel@");
        assertThat(test(view.employees).getCellText(0, 1)).isEqualTo("Sam Patel");
        test(view.search).setValue("400003");
        assertThat(test(view.employees).getCellText(0, 1)).isEqualTo("Monica Reyes, RN, MSN");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_import_opens_with_nothing_to_apply_until_a_file_is_checked() {
        EmployeesView view = navigate(EmployeesView.class);

        test(view.importFile).click();

        HrImportDialog dialog = $(HrImportDialog.class).single();
        assertThat(dialog.check.isEnabled()).isFalse();
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Import the HR system's employee file");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_adds_an_employee_by_hand_and_a_refused_field_is_marked_with_nothing_typed_lost() {
        EmployeesView view = navigate(EmployeesView.class);
        test(view.addEmployee).click();
        EmployeeDialog dialog = $(EmployeeDialog.class).single();

        test(dialog.number).setValue("HR-77001");
        test(dialog.familyName).setValue("Okonkwo");
        test(dialog.email).setValue("sam.patel@staffing.example.org");
        test(dialog.postNominals).setValue("MD");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.givenName.isInvalid()).isTrue();
        assertThat(dialog.givenName.getErrorMessage()).isEqualTo("Enter the given name.");
        assertThat(dialog.familyName.getValue()).isEqualTo("Okonkwo");

        test(dialog.givenName).setValue("Chidi");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.email.isInvalid()).isTrue();
        assertThat(dialog.email.getErrorMessage()).isEqualTo("The email address sam.patel@staffing.example.org belongs"
                + " to employee 100012.");

        test(dialog.email).setValue("chidi.okonkwo@staffing.example.org");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        test(view.search).setValue("HR-77001");
        assertThat(test(view.employees).getCellText(0, 1)).isEqualTo("Chidi Okonkwo, MD");
    }
}
