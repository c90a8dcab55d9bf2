package health.staffing.security;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and role grants. Only administrators manage them; everyone may read their own. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAccountService {

    private static final String AUDIT_TYPE = "UserAccount";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
    }

    @Transactional
    public UserSummary createAccount(String username, String rawPassword, String displayName, Long employeeId,
            Collection<String> roles) {
        String normalised = username.trim().toLowerCase();
        if (accounts.existsByUsername(normalised)) {
            throw new DomainException("The user name " + normalised + " is already taken.");
        }
        PasswordRules.problem(rawPassword, normalised).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        UserAccount account = accounts.save(new UserAccount(normalised, passwordEncoder.encode(rawPassword),
                displayName, employeeId, roles));
        auditLog.record(AUDIT_TYPE, account.getId(), "CREATED", null, describe(account));
        return account.toSummary();
    }

    /**
     * Replaces an account's roles. {@code expectedVersion} is the version the administrator saw:
     * when someone else changed the account meanwhile, the save is refused rather than overwriting.
     */
    @Transactional
    public UserSummary changeRoles(long userId, long expectedVersion, Collection<String> roles) {
        UserAccount account = accounts.findById(userId)
                .orElseThrow(() -> new DomainException("That account no longer exists."));
        if (account.getVersion() != expectedVersion) {
            throw new DomainException("This account was changed by someone else. Reload it and try again.");
        }
        if (account.getUsername().equals(CurrentUser.username()) && !roles.contains(AppRoles.ADMIN)) {
            throw new DomainException("You cannot remove your own administrator role.");
        }
        String before = describe(account);
        account.grantRoles(roles);
        accounts.saveAndFlush(account);
        auditLog.record(AUDIT_TYPE, account.getId(), "ROLES_CHANGED", before, describe(account));
        return account.toSummary();
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
    public Optional<UserSummary> findByUsername(String username) {
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

    private static String normalise(String text) {
        return text == null ? "" : text.trim();
    }

    private static String describe(UserAccount account) {
        return account.getUsername() + " roles=" + String.join(",", account.toSummary().roles())
                + (account.isEnabled() ? "" : " (disabled)");
    }
}
