package health.staffing.candidates;

import health.staffing.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Someone who applies: a caregiver (by employee record) or, later, an external person HR adds. */
@Entity
@Table(name = "candidate")
class Candidate extends AbstractEntity {

    @Column(name = "employee_id")
    private Long employeeId;
    @Column(name = "given_name", length = 100)
    private String givenName;
    @Column(name = "family_name", length = 100)
    private String familyName;
    @Column(length = 200)
    private String email;
    @Column(length = 40)
    private String phone;

    protected Candidate() {
    }

    static Candidate internal(long employeeId) {
        Candidate candidate = new Candidate();
        candidate.employeeId = employeeId;
        return candidate;
    }

    Long getEmployeeId() {
        return employeeId;
    }

    String getGivenName() {
        return givenName;
    }

    String getFamilyName() {
        return familyName;
    }

    String getEmail() {
        return email;
    }

    /** An external person hired through an accepted offer now has an employee record. */
    void hiredAs(long employeeId) {
        this.employeeId = employeeId;
    }
}
