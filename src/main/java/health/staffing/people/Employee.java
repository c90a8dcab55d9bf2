package health.staffing.people;

import health.staffing.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
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

    @Column(precision = 4, scale = 2)
    private @Nullable BigDecimal fte;

    /** The manager HR names; the org chart's solid lines are the portal's own. */
    @Column(name = "manager_employee_number", length = 20)
    private @Nullable String managerEmployeeNumber;

    /** The last day HR gives, past or future; {@code terminated} once the portal has carried it out. */
    @Column(name = "termination_date")
    private @Nullable LocalDate terminationDate;

    @Column(nullable = false)
    private boolean terminated;

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

    /** A record from the HR system's file (or HR's form), with everything HR says. */
    Employee(HrEmployee details) {
        this(new NewEmployee(details.employeeNumber(), details.givenName(), details.familyName(), details.postNominals(),
                details.email(), details.workLocation(), details.hireDate()));
        update(details);
    }

    /** Takes what HR says now; the employee number never changes. */
    void update(HrEmployee details) {
        HrEmployee hr = details.normalised();
        this.givenName = hr.givenName();
        this.familyName = hr.familyName();
        this.postNominals = hr.postNominals();
        this.email = hr.email();
        this.workLocation = hr.workLocation();
        this.hireDate = hr.hireDate();
        this.fte = hr.fte();
        this.managerEmployeeNumber = hr.managerEmployeeNumber();
        this.terminationDate = hr.terminationDate();
    }

    HrEmployee toHr() {
        return new HrEmployee(employeeNumber, givenName, familyName, postNominals, email, workLocation,
                managerEmployeeNumber, hireDate, terminationDate, fte);
    }

    boolean isTerminated() {
        return terminated;
    }

    void setTerminated(boolean terminated) {
        this.terminated = terminated;
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
