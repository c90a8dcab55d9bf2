package health.staffing.security;

import health.staffing.base.AuditLog;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.security.DirectoryIdentity.EmployeeKey;
import health.staffing.security.SignInRefused.Reason;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lands a person the directory vouched for (single sign-on or LDAP) on their portal account. The first
 * time, the account is matched to the employee record by the directory's email or employee number and
 * bound to that directory identity, or opened just in time; afterwards only that identity reaches it,
 * so a changed or spoofed email cannot sign someone into another person's account. When the directory
 * decides roles ({@link DirectoryGroups}), they follow its groups at every sign-in.
 */
@Component
public class DirectorySignIn {


    private final UserAccountRepository accounts;
    private final EmployeeService employees;
    private final DirectoryGroups groups;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;

    DirectorySignIn(UserAccountRepository accounts, EmployeeService employees, DirectoryGroups groups,
            PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.employees = employees;
        this.groups = groups;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The sign-in itself is audited by the path that took it (the form's or single sign-on's), with its details.
     *
     * @throws SignInRefused when the person has no employee record, their account is disabled, or the
     *         employee's account is bound to another directory identity; the refusal is audited
     */
    @Transactional(noRollbackFor = SignInRefused.class)
    public SignedInAccount signIn(DirectoryIdentity identity) {
        return SystemActor.call(() -> {
            try {
                UserAccount account = accountFor(identity);
                if (groups.decideRoles()) {
                    followGroups(account, identity);
                }
                account.signedIn(Instant.now(clock));
                return new SignedInAccount(account.getUsername(), List.copyOf(account.getRoles()));
            } catch (SignInRefused refused) {
                auditLog.recordSignIn(identity.key().isBlank() ? identity.externalId() : identity.key(),
                        "SIGN_IN_FAILED", identity.source().label() + ": " + refused.reason().code());
                throw refused;
            }
        });
    }

    private UserAccount accountFor(DirectoryIdentity identity) {
        Optional<UserAccount> bound = accounts.findByExternalId(identity.externalId());
        if (bound.isPresent()) {
            return enabled(bound.get());
        }
        if (identity.key().isBlank()) {
            throw new SignInRefused(Reason.NO_IDENTIFIER);
        }
        EmployeeSummary employee = employeeOf(identity).orElseThrow(() -> new SignInRefused(Reason.NOT_IN_DIRECTORY));
        Optional<UserAccount> existing = accounts.findFirstByEmployeeId(employee.id());
        if (existing.isPresent()) {
            UserAccount account = existing.get();
            if (account.getExternalId() != null) {
                throw new SignInRefused(Reason.BOUND_ELSEWHERE);
            }
            enabled(account).bindTo(identity.source(), identity.externalId());
            auditLog.record("UserAccount", account.getId(), "BOUND_TO_DIRECTORY", null,
                    identity.source().label() + ": " + identity.externalId());
            return account;
        }
        return openFor(employee, identity);
    }

    private static UserAccount enabled(UserAccount account) {
        if (!account.isEnabled()) {
            throw new SignInRefused(Reason.ACCOUNT_DISABLED);
        }
        return account;
    }

    private Optional<EmployeeSummary> employeeOf(DirectoryIdentity identity) {
        return identity.matchOn() == EmployeeKey.EMAIL ? employees.findByEmail(identity.key())
                : employees.findByEmployeeNumber(identity.key().trim());
    }

    /** Just in time: the account is the employee's, with a password nobody knows (the directory signs in). */
    private UserAccount openFor(EmployeeSummary employee, DirectoryIdentity identity) {
        UserAccount account = new UserAccount(usernameFor(employee), DirectoryPasswords.unusable(passwordEncoder),
                employee.fullName(), employee.id(), Set.of(AppRoles.CAREGIVER));
        account.bindTo(identity.source(), identity.externalId());
        UserAccount saved = accounts.saveAndFlush(account);
        auditLog.record("UserAccount", saved.getId(), "CREATED", null, saved.getUsername() + " (" + saved.getDisplayName()
                + ") opened at first sign-in through " + identity.source().label());
        return saved;
    }

    /** The work email, as people know it; the employee number if the email is too long or taken. */
    private String usernameFor(EmployeeSummary employee) {
        List<String> choices = new ArrayList<>(List.of(AccountRules.normaliseUsername(employee.email()),
                AccountRules.normaliseUsername(employee.employeeNumber())));
        choices.add(AccountRules.normaliseUsername("e" + employee.employeeNumber() + "-" + employee.id()));
        return choices.stream()
                .filter(name -> AccountRules.usernameProblems(name).isEmpty() && !accounts.existsByUsername(name))
                .findFirst().orElseThrow(() -> new SignInRefused(Reason.FAILED));
    }

    private void followGroups(UserAccount account, DirectoryIdentity identity) {
        Set<String> roles = groups.rolesFor(identity.groups());
        if (!roles.equals(account.getRoles())) {
            String before = String.join(", ", account.getRoles());
            account.grantRoles(roles);
            auditLog.record("UserAccount", account.getId(), "ROLES_FROM_DIRECTORY", before,
                    String.join(", ", account.getRoles()));
        }
    }

}
