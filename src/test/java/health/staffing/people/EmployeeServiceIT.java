package health.staffing.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.DatabaseTest;
import health.staffing.base.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class EmployeeServiceIT {

    @Autowired
    EmployeeService employees;

    private static NewEmployee ines(String number, String email) {
        return new NewEmployee(number, " Ines ", "Calder", "MD, MBA", email, "Worcester, MA", LocalDate.of(2026, 3, 2));
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_creates_an_employee_with_normalised_details() {
        EmployeeSummary created = employees.create(ines("900100", "Ines.Calder@Example.org"));

        assertThat(created.fullName()).isEqualTo("Ines Calder, MD, MBA");
        assertThat(created.email()).isEqualTo("ines.calder@example.org");
        assertThat(employees.findByEmployeeNumber("900100")).contains(created);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void duplicate_employee_number_or_email_is_refused() {
        employees.create(ines("900101", "ines.calder@example.org"));

        assertThatThrownBy(() -> employees.create(ines("900101", "other@example.org")))
                .isInstanceOf(DomainException.class).hasMessage("Employee number 900101 is already in use.");
        assertThatThrownBy(() -> employees.create(ines("900102", "INES.CALDER@example.org")))
                .isInstanceOf(DomainException.class).hasMessageContaining("belongs to another employee");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void missing_name_is_refused_with_what_to_enter() {
        assertThatThrownBy(() -> employees.create(new NewEmployee("900103", "Ines", " ", null, "x@example.org", null, null)))
                .isInstanceOf(DomainException.class).hasMessage("Enter a family name.");
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void a_caregiver_can_look_up_colleagues_but_not_create_records() {
        assertThat(employees.findByEmployeeNumber("100003")).map(EmployeeSummary::fullName).contains("Maya Okafor, MD");
        assertThatThrownBy(() -> employees.create(ines("900104", "a@example.org")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void full_names_read_as_names_only_match_the_records_and_skip_unknown_ids() {
        EmployeeSummary ines = employees.create(ines("900105", "ines.105@example.org"));
        EmployeeSummary maya = employees.findByEmployeeNumber("100003").orElseThrow();

        assertThat(employees.fullNames(java.util.List.of(ines.id(), maya.id(), -1L)))
                .containsOnly(java.util.Map.entry(ines.id(), "Ines Calder, MD, MBA"),
                        java.util.Map.entry(maya.id(), maya.fullName()));
        assertThat(employees.fullNames(java.util.List.of())).isEmpty();
    }
}
