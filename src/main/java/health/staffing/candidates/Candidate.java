package health.staffing.candidates;

import health.staffing.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Someone who applies: a caregiver (by employee record) or an external person HR adds, known by
 * their email address (one candidate per address, compared case-insensitively).
 */
@Entity
@Table(name = "candidate")
public class Candidate extends AbstractEntity {

    @Column(name = "employee_id")
    private @Nullable Long employeeId;
    @Column(name = "given_name", length = 100)
    private @Nullable String givenName;
    @Column(name = "family_name", length = 100)
    private @Nullable String familyName;
    @Column(length = 200)
    private @Nullable String email;
    @Column(length = 40)
    private @Nullable String phone;
    @Column(name = "email_key", length = 200)
    private @Nullable String emailKey;

    protected Candidate() {
    }

    static Candidate internal(long employeeId) {
        Candidate candidate = new Candidate();
        candidate.employeeId = employeeId;
        return candidate;
    }

    static Candidate external(String givenName, String familyName, String email, @Nullable String phone) {
        Candidate candidate = new Candidate();
        candidate.emailKey = emailKey(email);
        candidate.update(givenName, familyName, email, phone);
        return candidate;
    }

    /** The form of an address the database keeps unique: trimmed and lower case. */
    static String emailKey(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The latest details HR typed for this person; the address itself (its key) stays. */
    void update(String givenName, String familyName, String email, @Nullable String phone) {
        this.givenName = givenName.trim();
        this.familyName = familyName.trim();
        if (emailKey(email).equals(emailKey)) {
            this.email = email.trim();
        }
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
    }

    boolean isExternal() {
        return employeeId == null;
    }

    /** "Given Family" for an external person; null for a caregiver (their name is their employee record's). */
    public @Nullable String externalName() {
        return employeeId != null ? null : (givenName + " " + familyName).trim();
    }

    public @Nullable String getEmail() {
        return email;
    }

    @Nullable String getPhone() {
        return phone;
    }

    String describe() {
        return externalName() + " <" + email + ">" + (phone == null ? "" : " " + phone);
    }

    public @Nullable Long getEmployeeId() {
        return employeeId;
    }

    public @Nullable String getGivenName() {
        return givenName;
    }

    public @Nullable String getFamilyName() {
        return familyName;
    }

    /** An external person hired through an accepted offer now has an employee record. */
    public void hiredAs(long employeeId) {
        this.employeeId = employeeId;
    }
}
