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
}
