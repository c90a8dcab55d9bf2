package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.DomainException;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.people.NewEmployee;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's life as the administrator runs it: opened with a temporary password its owner must
 * replace, disabled (signed out everywhere, cannot sign in) and enabled again, its password reset.
 * Not one transaction: ending sessions waits for the commit, and sign-in reads committed rows.
 */
@DatabaseTest
class AccountLifecycleIT {

    @Autowired
    UserAccountService accounts;
    @Autowired
    EmployeeService employees;
    @Autowired
    AuthenticationManager signIn;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    AccountSessions accountSessions;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void an_opened_account_signs_in_with_no_role_until_its_owner_chooses_a_password() {
        IssuedPassword issued = accounts.openAccount("  Lee.Nakamura ", "Lee Nakamura, MD", newEmployee("LC1").id(),
                List.of(AppRoles.HIRING_MANAGER));

        assertThat(issued.account().username()).isEqualTo("lee.nakamura");
        assertThat(issued.account().mustChangePassword()).isTrue();
        assertThat(issued.temporaryPassword()).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(PasswordRules.problem(issued.temporaryPassword(), "lee.nakamura")).isEmpty();
        assertThat(repository.findByUsername("lee.nakamura").orElseThrow().getPasswordHash())
                .doesNotContain(issued.temporaryPassword());
        assertThat(issued.toString()).doesNotContain(issued.temporaryPassword());

        Authentication first = signIn("lee.nakamura", issued.temporaryPassword());
        assertThat(rolesAndDuties(first)).containsExactly(CurrentUser.MUST_CHANGE_PASSWORD);

        asOwner("lee.nakamura", () -> accounts.changeOwnPassword(issued.temporaryPassword(), "river stone lantern"));

        assertThat(rolesAndDuties(signIn("lee.nakamura", "river stone lantern")))
                .containsExactlyInAnyOrder("ROLE_HIRING_MANAGER", "ROLE_CAREGIVER");
        assertThatThrownBy(() -> signIn("lee.nakamura", issued.temporaryPassword()))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(auditActions("lee.nakamura")).contains("CREATED", "PASSWORD_CHANGED");
        delete("lee.nakamura");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void a_disabled_account_is_signed_out_everywhere_and_cannot_sign_in_until_enabled() {
        IssuedPassword issued = accounts.openAccount("ria.boateng", "Ria Boateng", null, List.of());
        asOwner("ria.boateng", () -> accounts.changeOwnPassword(issued.temporaryPassword(), "quiet harbour morning"));
        User principal = new User("ria.boateng", "", List.of());
        sessions.registerNewSession("session-on-ward-pc", principal);
        sessions.registerNewSession("session-on-phone", principal);
        UserSummary account = accounts.findByUsername("ria.boateng").orElseThrow();

        UserSummary disabled = accounts.disable(account.id(), account.version());

        assertThat(disabled.enabled()).isFalse();
        assertThat(sessions.getSessionInformation("session-on-ward-pc").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("session-on-phone").isExpired()).isTrue();
        assertThatThrownBy(() -> signIn("ria.boateng", "quiet harbour morning")).isInstanceOf(DisabledException.class);

        accounts.enable(disabled.id(), disabled.version());
        assertThat(signIn("ria.boateng", "quiet harbour morning").isAuthenticated()).isTrue();
        assertThat(auditActions("ria.boateng")).contains("DISABLED", "ENABLED");
        sessions.removeSessionInformation("session-on-ward-pc");
        sessions.removeSessionInformation("session-on-phone");
        delete("ria.boateng");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void a_reset_password_replaces_the_old_one_and_must_be_changed() {
        IssuedPassword issued = accounts.openAccount("omar.reyes", "Omar Reyes", null, List.of());
        asOwner("omar.reyes", () -> accounts.changeOwnPassword(issued.temporaryPassword(), "copper kettle garden"));
        sessions.registerNewSession("omar-session", new User("omar.reyes", "", List.of()));
        UserSummary account = accounts.findByUsername("omar.reyes").orElseThrow();

        IssuedPassword reset = accounts.resetPassword(account.id(), account.version());

        assertThat(reset.temporaryPassword()).isNotEqualTo(issued.temporaryPassword());
        assertThat(sessions.getSessionInformation("omar-session").isExpired()).isTrue();
        assertThatThrownBy(() -> signIn("omar.reyes", "copper kettle garden")).isInstanceOf(BadCredentialsException.class);
        assertThat(rolesAndDuties(signIn("omar.reyes", reset.temporaryPassword())))
                .containsExactly(CurrentUser.MUST_CHANGE_PASSWORD);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'UserAccount' and"
                + " (before_state like :secret or after_state like :secret)").param("secret",
                "%" + reset.temporaryPassword() + "%").query(Long.class).single()).isZero();
        sessions.removeSessionInformation("omar-session");
        delete("omar.reyes");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    @Transactional
    void an_administrator_cannot_lock_themselves_out() {
        UserSummary self = accounts.findByUsername("admin").orElseThrow();

        assertThatThrownBy(() -> accounts.disable(self.id(), self.version()))
                .isInstanceOf(DomainException.class).hasMessage("You cannot disable your own account.");
        assertThatThrownBy(() -> accounts.resetPassword(self.id(), self.version()))
                .isInstanceOf(DomainException.class).hasMessageContaining("Change your own password");
        assertThat(accounts.findByUsername("admin").orElseThrow().enabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    @Transactional
    void bad_account_details_are_refused_all_at_once_and_nothing_is_saved() {
        assertThatThrownBy(() -> accounts.openAccount("Dr Who", "x".repeat(201), null, List.of()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("letters a–z, digits and . _ - @ only")
                .hasMessageContaining("The display name can be at most 200 characters; it has 201.");
        assertThatThrownBy(() -> accounts.openAccount("u".repeat(101), "Name", null, List.of()))
                .hasMessage("A user name can be at most 100 characters; it has 101.");
        assertThatThrownBy(() -> accounts.openAccount("evil", "Evil\u202Eevil", null, List.of()))
                .hasMessageContaining("invisible character (U+202E)");
        assertThatThrownBy(() -> accounts.openAccount("Recruiter", "Another Sam", null, List.of()))
                .hasMessage("The user name recruiter is already taken.");
        assertThatThrownBy(() -> accounts.openAccount("ghost", "Ghost", 999_999_999L, List.of()))
                .hasMessage("That employee record no longer exists.");
        long recruiterEmployee = accounts.findByUsername("recruiter").orElseThrow().employeeId();
        assertThatThrownBy(() -> accounts.openAccount("sam.two", "Sam Patel", recruiterEmployee, List.of()))
                .hasMessage("This employee already has the account recruiter; re-enable it or reset its password"
                        + " instead.");
        assertThat(accounts.exists("dr who") || accounts.exists("evil") || accounts.exists("ghost")
                || accounts.exists("sam.two")).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    @Transactional
    void a_change_made_meanwhile_by_another_administrator_is_not_overwritten() {
        UserSummary finance = accounts.findByUsername("finance").orElseThrow();

        assertThatThrownBy(() -> accounts.disable(finance.id(), finance.version() - 1))
                .isInstanceOf(DomainException.class).hasMessageContaining("changed by someone else");
        assertThat(accounts.findByUsername("finance").orElseThrow().enabled()).isTrue();
    }

    @Test
    @Transactional
    void changing_your_own_password_needs_the_current_one_and_a_new_one_that_follows_the_rules() {
        asOwner("reviewer", () -> {
            assertThatThrownBy(() -> accounts.changeOwnPassword("not-the-password", "violet meadow ladder"))
                    .hasMessage("The current password is not right.");
            assertThatThrownBy(() -> accounts.changeOwnPassword("leadership-demo", "short"))
                    .hasMessageContaining("at least 12 characters");
            assertThatThrownBy(() -> accounts.changeOwnPassword("leadership-demo", "reviewer-2026-x"))
                    .hasMessage("A password must not contain the user name.");
        });
        assertThat(signIn("reviewer", "leadership-demo").isAuthenticated()).isTrue();
    }

    /** As the account's owner, whatever their roles: changing one's own password needs none. */
    private static void asOwner(String username, Runnable work) {
        As.user(username, new String[] {"CAREGIVER"}, () -> {
            work.run();
            return null;
        });
    }

    /** Roles and the duty to change the password; not Spring's record of how the user signed in (FACTOR_*). */
    private static List<String> rolesAndDuties(Authentication signedIn) {
        return signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> !authority.startsWith("FACTOR_")).toList();
    }

    private Authentication signIn(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private EmployeeSummary newEmployee(String suffix) {
        String number = "T" + suffix + (new Date().getTime() % 100_000);
        return employees.create(new NewEmployee(number, "Lee", "Nakamura", "MD", number.toLowerCase() + "@example.org",
                "Baltimore",
                null));
    }

    private List<String> auditActions(String username) {
        long id = repository.findByUsername(username).orElseThrow().getId();
        return jdbc.sql("select action from audit_event where entity_type = 'UserAccount' and entity_id = :id")
                .param("id", String.valueOf(id)).query(String.class).list();
    }

    private void delete(String username) {
        repository.findByUsername(username).ifPresent(repository::delete);
        assertThat(accountSessions.open(username)).isZero();
    }
}
