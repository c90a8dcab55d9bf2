package health.staffing.security;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import health.staffing.base.UniqueKeys;
import health.staffing.people.EmployeeService;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and role grants. Only administrators open, disable and re-enable accounts, reset passwords
 * and grant roles; everyone may read their own account and change their own password.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAccountService {

    private static final String AUDIT_TYPE = "UserAccount";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final EmployeeService employees;
    private final AccountSessions sessions;
    private final DirectoryGroups directoryGroups;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog,
            EmployeeService employees, AccountSessions sessions, DirectoryGroups directoryGroups) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.employees = employees;
        this.sessions = sessions;
        this.directoryGroups = directoryGroups;
    }

    /**
     * An account with a password chosen elsewhere (the first administrator, demo users): the rules
     * for new passwords apply.
     */
    @Transactional
    public UserSummary createAccount(String username, String rawPassword, String displayName, @Nullable Long employeeId,
            Collection<String> roles) {
        String normalised = AccountRules.normaliseUsername(username);
        PasswordRules.problem(rawPassword, normalised).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        UserAccount account = insert(new UserAccount(normalised, passwordEncoder.encode(rawPassword),
                displayName, employeeId, roles), employeeId);
        return account.toSummary();
    }

    /**
     * An account opened by an administrator, with a temporary password its owner must replace at the
     * first sign-in. The password is returned once, for the administrator to hand over.
     */
    @Transactional
    public IssuedPassword openAccount(String username, String displayName, @Nullable Long employeeId,
            Collection<String> roles) {
        String normalised = AccountRules.normaliseUsername(username);
        String temporary = temporaryPasswordFor(normalised);
        UserAccount account = new UserAccount(normalised, "", displayName, employeeId, roles);
        account.issueTemporaryPassword(passwordEncoder.encode(temporary));
        return new IssuedPassword(insert(account, employeeId).toSummary(), temporary);
    }

    private UserAccount insert(UserAccount account, @Nullable Long employeeId) {
        List<String> problems = AccountRules.problems(account.getUsername(), account.getDisplayName());
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
        if (accounts.existsByUsername(account.getUsername())) {
            throw taken(account.getUsername());
        }
        if (employeeId != null) {
            if (employees.findById(employeeId).isEmpty()) {
                throw new DomainException("That employee record no longer exists.");
            }
            accounts.findFirstByEmployeeId(employeeId).ifPresent(existing -> {
                throw new DomainException("This employee already has the account " + existing.getUsername()
                        + "; re-enable it or reset its password instead.");
            });
        }
        UserAccount saved;
        try {
            saved = accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException refused) {
            if (!UniqueKeys.violated(refused, "app_user_username_uk")) {
                throw refused;
            }
            throw taken(account.getUsername()); // another administrator took it in the same instant
        }
        auditLog.record(AUDIT_TYPE, saved.getId(), "CREATED", null, describe(saved));
        return saved;
    }

    private static DomainException taken(String username) {
        return new DomainException("The user name " + username + " is already taken.");
    }

    /**
     * Stops an account from signing in and ends its open sessions at their next request. An
     * administrator cannot disable their own account (so at least one administrator always remains).
     */
    @Transactional
    public UserSummary disable(long userId, long expectedVersion) {
        UserAccount account = current(userId, expectedVersion);
        if (account.getUsername().equals(CurrentUser.username())) {
            throw new DomainException("You cannot disable your own account.");
        }
        if (!account.isEnabled()) {
            return account.toSummary();
        }
        String before = describe(account);
        account.setEnabled(false);
        accounts.saveAndFlush(account);
        auditLog.record(AUDIT_TYPE, account.getId(), "DISABLED", before, describe(account));
        sessions.endAfterCommit(account.getUsername());
        return account.toSummary();
    }

    /**
     * HR's file says the employment has ended: the employee's account stops signing in and its sessions end.
     * HR imports it, so HR may do it; re-enabling stays with administrators.
     *
     * @return the account disabled, if the employee had an enabled one
     */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public Optional<UserSummary> disableForTermination(long employeeId) {
        Optional<UserAccount> found = accounts.findFirstByEmployeeIdAndEnabledTrue(employeeId);
        found.ifPresent(account -> {
            String before = describe(account);
            account.setEnabled(false);
            accounts.saveAndFlush(account);
            auditLog.record(AUDIT_TYPE, account.getId(), "DISABLED", before, describe(account) + ": employment ended");
            sessions.endAfterCommit(account.getUsername());
        });
        return found.map(UserAccount::toSummary);
    }

    @Transactional
    public UserSummary enable(long userId, long expectedVersion) {
        UserAccount account = current(userId, expectedVersion);
        if (account.isEnabled()) {
            return account.toSummary();
        }
        String before = describe(account);
        account.setEnabled(true);
        accounts.saveAndFlush(account);
        auditLog.record(AUDIT_TYPE, account.getId(), "ENABLED", before, describe(account));
        return account.toSummary();
    }

    /**
     * Replaces a forgotten password with a temporary one the owner must change at the next sign-in,
     * and ends the account's open sessions. Administrators change their own password themselves.
     */
    @Transactional
    public IssuedPassword resetPassword(long userId, long expectedVersion) {
        UserAccount account = current(userId, expectedVersion);
        if (account.getUsername().equals(CurrentUser.username())) {
            throw new DomainException("Change your own password under Change password; a reset is for others.");
        }
        if (account.getSource() != AccountSource.LOCAL) {
            throw new DomainException(account.getDisplayName() + " signs in through " + account.getSource().label()
                    + "; their password is kept there, not in the portal.");
        }
        String temporary = temporaryPasswordFor(account.getUsername());
        account.issueTemporaryPassword(passwordEncoder.encode(temporary));
        accounts.saveAndFlush(account);
        // The password itself is never written anywhere, not even hashed, in the audit trail.
        auditLog.record(AUDIT_TYPE, account.getId(), "PASSWORD_RESET", describe(account),
                describe(account) + " (must change password)");
        sessions.endAfterCommit(account.getUsername());
        return new IssuedPassword(account.toSummary(), temporary);
    }

    /**
     * The signed-in person replaces their password: they prove they know the current one, and the new
     * one follows the rules for new passwords and differs from it. Other sessions of theirs end.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(@Nullable String currentPassword, String newPassword) {
        UserAccount account = Optional.ofNullable(CurrentUser.username()).flatMap(accounts::findByUsername)
                .orElseThrow(() -> new DomainException("Your account no longer exists."));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            auditLog.record(AUDIT_TYPE, account.getId(), "PASSWORD_CHANGE_REFUSED", null, "wrong current password");
            throw new DomainException("The current password is not right.");
        }
        PasswordRules.problem(newPassword, account.getUsername()).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        if (newPassword.equals(currentPassword)) {
            throw new DomainException("Choose a password different from the current one.");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        accounts.saveAndFlush(account);
        auditLog.record(AUDIT_TYPE, account.getId(), "PASSWORD_CHANGED", null, account.getUsername());
        sessions.endAfterCommit(account.getUsername());
    }

    private UserAccount current(long userId, long expectedVersion) {
        UserAccount account = accounts.findById(userId)
                .orElseThrow(() -> new DomainException("That account no longer exists."));
        if (account.getVersion() != expectedVersion) {
            throw new DomainException("This account was changed by someone else. Reload it and try again.");
        }
        return account;
    }

    /** A fresh temporary password this user name may hold (a short user name could appear inside one). */
    private static String temporaryPasswordFor(String username) {
        String candidate = TemporaryPasswords.next();
        while (PasswordRules.problem(candidate, username).isPresent()) {
            candidate = TemporaryPasswords.next();
        }
        return candidate;
    }

    /**
     * Replaces an account's roles. {@code expectedVersion} is the version the administrator saw:
     * when someone else changed the account meanwhile, the save is refused rather than overwriting.
     */
    @Transactional
    public UserSummary changeRoles(long userId, long expectedVersion, Collection<String> roles) {
        UserAccount account = current(userId, expectedVersion);
        if (account.getUsername().equals(CurrentUser.username()) && !roles.contains(AppRoles.ADMIN)) {
            throw new DomainException("You cannot remove your own administrator role.");
        }
        if (rolesFollowDirectory(account.getSource())) {
            throw new DomainException("The roles of " + account.getDisplayName() + " follow their directory groups at"
                    + " every sign-in; change the groups in " + account.getSource().label() + ".");
        }
        String before = describe(account);
        account.grantRoles(roles);
        accounts.saveAndFlush(account);
        auditLog.record(AUDIT_TYPE, account.getId(), "ROLES_CHANGED", before, describe(account));
        return account.toSummary();
    }

    /** Whether an account of this source gets its roles from directory groups, not from administrators. */
    public boolean rolesFollowDirectory(AccountSource source) {
        return source != AccountSource.LOCAL && directoryGroups.decideRoles();
    }

    @Transactional(readOnly = true)
    public List<UserSummary> search(String text, Pageable page) {
        return accounts.search(normalise(text), page).map(UserAccount::toSummary).getContent();
    }

    /**
     * Active accounts whose display name or user name contains the text: the people picker with
     * which HR and hiring managers choose reviewers. Disabled accounts are left out of the page.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER')")
    public List<UserSummary> searchActive(String text, Pageable page) {
        return accounts.search(normalise(text), page).map(UserAccount::toSummary).filter(UserSummary::enabled)
                .toList();
    }

    @Transactional(readOnly = true)
    public long count(String text) {
        return accounts.countSearch(normalise(text));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<UserSummary> findByUsername(@Nullable String username) {
        // A name no account can have (a NUL, 10,000 characters) is nobody, not a database error.
        if (username == null || TextLimits.problem("User name", username, AccountRules.MAX_USERNAME).isPresent()) {
            return Optional.empty();
        }
        return accounts.findByUsername(username).map(UserAccount::toSummary);
    }

    /** The employee record behind an account, if it has one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> employeeIdOf(String username) {
        return accounts.findEmployeeIdByUsername(username);
    }

    /** The enabled account of an employee, if they have one (approvals ask who sits in a dotted-line seat). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<UserSummary> findByEmployeeId(long employeeId) {
        return accounts.findFirstByEmployeeIdAndEnabledTrue(employeeId).map(UserAccount::toSummary);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    /** Enabled accounts holding the role, by display name: pickers and notifications to a role. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UserSummary> withRole(String role) {
        return accounts.findEnabledWithRole(role).stream().map(UserAccount::toSummary).toList();
    }

    /**
     * A page of the enabled accounts holding the role whose name or user name contains the typed text, by
     * display name: the pickers, lazily, whatever the number of employees.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UserSummary> withRole(String role, String typed, Pageable page) {
        String pattern = "%" + TextLimits.searchable(typed).strip().toLowerCase(Locale.ROOT) + "%";
        return accounts.findEnabledWithRole(role, pattern, page).stream().map(UserAccount::toSummary).toList();
    }

    /** Display names by user name; an unknown user name maps to itself so screens always show something. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        usernames.stream().filter(Objects::nonNull).forEach(username -> names.put(username, username));
        if (!names.isEmpty()) {
            accounts.findByUsernameIn(names.keySet()).forEach(account -> names.put(account.getUsername(),
                    account.toSummary().displayName()));
        }
        return names;
    }

    private static String normalise(@Nullable String text) {
        return text == null ? "" : TextLimits.searchable(text).strip();
    }

    private static String describe(UserAccount account) {
        return account.getUsername() + " roles=" + String.join(",", account.toSummary().roles())
                + (account.isEnabled() ? "" : " (disabled)");
    }
}
