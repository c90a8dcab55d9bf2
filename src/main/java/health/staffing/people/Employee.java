package health.staffing.people;

import health.staffing.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An employee of the health system. Every employee is a caregiver, whatever their title. */
@Entity
@Table(name = "employee")
class Employee extends AbstractEntity {

    @Column(name = "employee_number", nullable = false, unique = true, length = 20)
    private String employeeNumber;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    /** Degrees and credentials written after the name: "MD, MBA". */
    @Column(name = "post_nominals", length = 60)
    private @Nullable String postNominals;

    @Column(nullable = false, unique = true, length = 200)
    private String email;

    @Column(name = "work_location", length = 200)
    private @Nullable String workLocation;

    @Column(name = "hire_date")
    private @Nullable LocalDate hireDate;

    protected Employee() {
    }

    Employee(NewEmployee details) {
        this.employeeNumber = details.employeeNumber().trim();
        this.givenName = details.givenName().trim();
        this.familyName = details.familyName().trim();
        this.postNominals = details.postNominals() == null || details.postNominals().isBlank()
                ? null : details.postNominals().trim();
        this.email = details.email().trim().toLowerCase();
        this.workLocation = details.workLocation();
        this.hireDate = details.hireDate();
    }

    String getEmployeeNumber() {
        return employeeNumber;
    }

    /** "Dana Whitfield, MD, MPH", as a directory would print it. */
    String getFullName() {
        return fullName(givenName, familyName, postNominals);
    }

    static String fullName(String givenName, String familyName, @Nullable String postNominals) {
        String name = givenName + " " + familyName;
        return postNominals == null ? name : name + ", " + postNominals;
    }

    EmployeeSummary toSummary() {
        return new EmployeeSummary(getId(), employeeNumber, givenName, familyName, getFullName(), email, workLocation);
    }
}
