package health.staffing.security;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.people.NewEmployee;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts provisioned by the health system's identity service over SCIM 2.0 (Entra ID, Okta): created for
 * an employee (and the employee record with it, when HR's file has not brought it yet), kept active or
 * deactivated, never deleted (their records and audit trail stay). Only the SCIM bearer token reaches this
 * service; no portal role does. Roles are not provisioned: they come from directory groups at sign-in or
 * from administrators. A provisioned account signs in through single sign-on, which binds it at first use.
 */
@Service
@PreAuthorize("hasRole('" + ScimProvisioning.ROLE + "')")
public class ScimProvisioning {

    /** The authority of a request that presented the SCIM bearer token; no person holds it. */
    public static final String ROLE = "SCIM";
    private static final String AUDIT_TYPE = "UserAccount";

    private final UserAccountRepository accounts;
    private final EmployeeService employees;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final AccountSessions sessions;

    ScimProvisioning(UserAccountRepository accounts, EmployeeService employees, PasswordEncoder passwordEncoder,
            AuditLog auditLog, AccountSessions sessions) {
        this.accounts = accounts;
        this.employees = employees;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.sessions = sessions;
    }

    /** What the identity service sends about a person; any part may be missing from an update. */
    public record ScimPerson(@Nullable String userName, @Nullable String givenName, @Nullable String familyName,
            @Nullable String displayName, @Nullable String email, @Nullable String employeeNumber,
            @Nullable Boolean active) {
    }

    /** A provisioned account as SCIM shows it. */
    public record ProvisionedUser(UserSummary account, @Nullable EmployeeSummary employee) {
    }

    /** Why a request cannot be done, in SCIM's words ({@code scimType}) and the person's. */
    public static class ScimRefusal extends DomainException {

        private final int status;
        private final @Nullable String scimType;

        public ScimRefusal(int status, @Nullable String scimType, String detail) {
            super(detail);
            this.status = status;
            this.scimType = scimType;
        }

        public int status() {
            return status;
        }

        public @Nullable String scimType() {
            return scimType;
        }
    }

    /**
     * Creates the account of the employee with this employee number (or work email), creating the employee
     * record from the request when HR has not sent it yet.
     */
    @Transactional
    public ProvisionedUser create(ScimPerson person) {
        String username = AccountRules.normaliseUsername(required(person.userName(), "userName"));
        List<String> problems = AccountRules.usernameProblems(username);
        if (!problems.isEmpty()) {
            throw new ScimRefusal(400, "invalidValue", String.join(" ", problems));
        }
        if (accounts.existsByUsername(username)) {
            throw new ScimRefusal(409, "uniqueness", "The userName " + username + " is already provisioned.");
        }
        EmployeeSummary employee = employeeFor(person);
        accounts.findFirstByEmployeeId(employee.id()).ifPresent(existing -> {
            throw new ScimRefusal(409, "uniqueness", "Employee " + employee.employeeNumber() + " already has the account "
                    + existing.getUsername() + ".");
        });
        UserAccount account = new UserAccount(username, DirectoryPasswords.unusable(passwordEncoder),
                displayName(person, employee), employee.id(), Set.of(AppRoles.CAREGIVER));
        account.provisioned();
        account.setEnabled(person.active() == null || person.active());
        UserAccount saved = accounts.saveAndFlush(account);
        auditLog.record(AUDIT_TYPE, saved.getId(), "PROVISIONED", null, saved.getUsername() + " for employee "
                + employee.employeeNumber() + (saved.isEnabled() ? "" : " (inactive)"));
        return new ProvisionedUser(saved.toSummary(), employee);
    }

    @Transactional(readOnly = true)
    public Optional<ProvisionedUser> find(long id) {
        return accounts.findById(id).map(this::provisioned);
    }

    @Transactional(readOnly = true)
    public Optional<ProvisionedUser> findByUserName(String userName) {
        return accounts.findByUsername(AccountRules.normaliseUsername(userName)).map(this::provisioned);
    }

    /** A page of accounts by id: {@code startIndex} counts from 1, as SCIM does. */
    @Transactional(readOnly = true)
    public List<ProvisionedUser> list(int startIndex, int count) {
        int size = Math.max(1, Math.min(count, 200));
        int skip = Math.max(0, startIndex - 1);
        List<UserAccount> found = accounts.findAll(PageRequest.of(skip / size, size, Sort.by("id"))).getContent();
        // One query for the page's employees, not one per account.
        Map<Long, EmployeeSummary> people = SystemActor.call(() -> employees.findAllById(found.stream()
                .map(UserAccount::getEmployeeId).filter(Objects::nonNull).toList()));
        List<ProvisionedUser> page = new ArrayList<>();
        for (UserAccount account : found) {
            Long employeeId = account.getEmployeeId();
            page.add(new ProvisionedUser(account.toSummary(), employeeId == null ? null : people.get(employeeId)));
        }
        return page.subList(Math.min(skip % size, page.size()), page.size());
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    /**
     * Applies what the request carries: the display name and whether the account is active. Deactivating
     * ends the person's open sessions; the employee record (HR's) is not changed.
     */
    @Transactional
    public ProvisionedUser update(long id, ScimPerson changes) {
        UserAccount account = accounts.findById(id)
                .orElseThrow(() -> new ScimRefusal(404, null, "No user with id " + id + "."));
        String before = describe(account);
        if (changes.displayName() != null && !changes.displayName().isBlank()) {
            List<String> problems = AccountRules.displayNameProblems(changes.displayName());
            if (!problems.isEmpty()) {
                throw new ScimRefusal(400, "invalidValue", String.join(" ", problems));
            }
            account.rename(changes.displayName().strip());
        }
        if (changes.active() != null && changes.active() != account.isEnabled()) {
            account.setEnabled(changes.active());
            if (!changes.active()) {
                sessions.endAfterCommit(account.getUsername());
            }
        }
        String after = describe(account);
        if (!after.equals(before)) {
            accounts.saveAndFlush(account);
            auditLog.record(AUDIT_TYPE, account.getId(), "PROVISIONING_UPDATED", before, after);
        }
        return provisioned(account);
    }

    private ProvisionedUser provisioned(UserAccount account) {
        Long employeeId = account.getEmployeeId();
        return new ProvisionedUser(account.toSummary(), employeeId == null ? null
                : SystemActor.call(() -> employees.findById(employeeId)).orElse(null));
    }

    private EmployeeSummary employeeFor(ScimPerson person) {
        Optional<EmployeeSummary> known = SystemActor.call(() -> person.employeeNumber() != null
                ? employees.findByEmployeeNumber(person.employeeNumber().trim())
                : employees.findByEmail(person.email() == null ? "" : person.email()));
        if (known.isPresent()) {
            return known.get();
        }
        String number = required(person.employeeNumber(),
                "the enterprise extension's employeeNumber (the person is not in the employee directory yet)");
        NewEmployee details = new NewEmployee(number, required(person.givenName(), "name.givenName"),
                required(person.familyName(), "name.familyName"), null, required(person.email(), "emails"), null, null);
        try {
            return SystemActor.call(() -> employees.create(details));
        } catch (DomainException refused) {
            throw new ScimRefusal(400, "invalidValue", refused.getMessage());
        }
    }

    private static String displayName(ScimPerson person, EmployeeSummary employee) {
        return person.displayName() == null || person.displayName().isBlank() ? employee.fullName()
                : person.displayName().strip();
    }

    private static String required(@Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            throw new ScimRefusal(400, "invalidValue", "The request has no " + what + ".");
        }
        return value;
    }

    private static String describe(UserAccount account) {
        return account.getUsername() + " \"" + account.getDisplayName() + "\"" + (account.isEnabled() ? "" : " (inactive)");
    }

}
