package health.staffing.security;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** A person's sign-in: user name, password hash, role grants, and the employee record it belongs to. */
@Entity
@Table(name = "app_user")
class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** The employee record, by id: people is another feature, so no entity reference crosses over. */
    @Column(name = "employee_id")
    private @Nullable Long employeeId;

    @Column(nullable = false)
    private boolean enabled = true;

    /** The password was issued by an administrator: its owner must replace it at the next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AccountSource source = AccountSource.LOCAL;

    /** The directory identity this account is bound to; a sign-in as another identity never reaches it. */
    @Column(name = "external_id", unique = true, length = AccountSource.EXTERNAL_ID_MAX)
    private @Nullable String externalId;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 40)
    private Set<String> roles = new TreeSet<>();

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, @Nullable Long employeeId,
            Collection<String> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.employeeId = employeeId;
        grantRoles(roles);
    }

    /** Replaces the grants. Every account keeps CAREGIVER: every employee may browse and apply. */
    void grantRoles(Collection<String> newRoles) {
        for (String role : newRoles) {
            if (!AppRoles.ALL.contains(role)) {
                throw new DomainException("Unknown role " + role + ".");
            }
        }
        roles.clear();
        roles.addAll(newRoles);
        roles.add(AppRoles.CAREGIVER);
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    @Nullable Long getEmployeeId() {
        return employeeId;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** A password only an administrator and the owner have seen: the owner replaces it at sign-in. */
    void issueTemporaryPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
    }

    /** A password only its owner knows. */
    void changePassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    AccountSource getSource() {
        return source;
    }

    @Nullable String getExternalId() {
        return externalId;
    }

    /** From now on only this directory identity signs in to the account. */
    void bindTo(AccountSource source, String externalId) {
        if (this.source != AccountSource.SCIM) { // a provisioned account stays one: the identity service owns it
            this.source = source;
        }
        this.externalId = externalId;
    }

    /** Made by the identity service over SCIM; single sign-on binds it to its identity at first use. */
    void provisioned() {
        this.source = AccountSource.SCIM;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    UserSummary toSummary() {
        return new UserSummary(getId(), username, displayName, employeeId, enabled, mustChangePassword,
                new TreeSet<>(roles), source, lastSignInAt, getVersion());
    }
}
