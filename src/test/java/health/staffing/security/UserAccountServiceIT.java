package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.DatabaseTest;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class UserAccountServiceIT {

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    AuditLog auditLog;

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void method_security_is_active_a_caregiver_cannot_list_accounts() {
        assertThatThrownBy(() -> accounts.search(null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeRoles(1L, 0L, List.of(AppRoles.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_is_not_an_administrator_either() {
        assertThatThrownBy(() -> accounts.createAccount("x", "a-long-enough-phrase", "X", null, List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void passwords_are_stored_as_bcrypt_hashes_never_in_clear() {
        accounts.createAccount("New.Director", "s3cure-passphrase", "New Director", null, List.of(AppRoles.HIRING_MANAGER));

        UserAccount stored = repository.findByUsername("new.director").orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}$2").doesNotContain("s3cure-passphrase");
        assertThat(stored.getRoles()).containsExactlyInAnyOrder(AppRoles.HIRING_MANAGER, AppRoles.CAREGIVER);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void short_password_and_taken_user_name_are_refused() {
        assertThatThrownBy(() -> accounts.createAccount("someone", "eleven-char", "Someone", null, List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> accounts.createAccount("someone", "Password1234", "Someone", null, List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("attackers try first");
        assertThatThrownBy(() -> accounts.createAccount("someone", "someone-at-work", "Someone", null, List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("user name");
        assertThat(accounts.exists("someone")).isFalse();
        assertThatThrownBy(() -> accounts.createAccount("CMO", "a-long-enough-phrase", "Another CMO", null, List.of()))
                .isInstanceOf(DomainException.class).hasMessage("The user name cmo is already taken.");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void an_administrator_changes_roles_and_the_change_is_audited() {
        UserSummary finance = accounts.findByUsername("finance").orElseThrow();

        UserSummary changed = accounts.changeRoles(finance.id(), finance.version(),
                List.of(AppRoles.FINANCE, AppRoles.CMO_OFFICE));

        assertThat(changed.roles()).containsExactly(AppRoles.CAREGIVER, AppRoles.CMO_OFFICE, AppRoles.FINANCE);
        assertThat(auditLog.historyOf("UserAccount", finance.id(), PageRequest.of(0, 5)))
                .first().satisfies(event -> {
                    assertThat(event.action()).isEqualTo("ROLES_CHANGED");
                    assertThat(event.actor()).isEqualTo("admin");
                    assertThat(event.before()).contains("roles=CAREGIVER,FINANCE");
                    assertThat(event.after()).contains("roles=CAREGIVER,CMO_OFFICE,FINANCE");
                });
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void a_stale_edit_is_refused_instead_of_overwriting() {
        UserSummary seen = accounts.findByUsername("manager").orElseThrow();
        accounts.changeRoles(seen.id(), seen.version(), List.of(AppRoles.HIRING_MANAGER, AppRoles.FINANCE));

        assertThatThrownBy(() -> accounts.changeRoles(seen.id(), seen.version(), List.of(AppRoles.ADMIN)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(accounts.findByUsername("manager").orElseThrow().roles()).doesNotContain(AppRoles.ADMIN);
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void an_administrator_cannot_lock_themselves_out() {
        UserSummary self = accounts.findByUsername("admin").orElseThrow();

        assertThatThrownBy(() -> accounts.changeRoles(self.id(), self.version(), List.of(AppRoles.RECRUITER)))
                .isInstanceOf(DomainException.class)
                .hasMessage("You cannot remove your own administrator role.");
    }

    @Test
    @WithMockUser(username = "admin", roles = {"ADMIN", "CAREGIVER"})
    void search_finds_users_by_name_or_user_name() {
        assertThat(accounts.search("marsh", PageRequest.of(0, 10))).extracting(UserSummary::username).containsExactly("cmo");
        assertThat(accounts.search("RECRUIT", PageRequest.of(0, 10))).extracting(UserSummary::username)
                .containsExactly("recruiter");
        assertThat(accounts.count(null)).isGreaterThanOrEqualTo(6);
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_employee_behind_an_account_is_read_without_the_account() {
        assertThat(accounts.employeeIdOf("manager")).isEqualTo(accounts.findByUsername("manager").map(UserSummary::employeeId));
        assertThat(accounts.employeeIdOf("manager")).isPresent();
        assertThat(accounts.employeeIdOf("nobody-here")).isEmpty();
    }

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void anyone_signed_in_finds_the_enabled_holders_of_a_role() {
        assertThat(accounts.withRole(AppRoles.CMO_OFFICE)).extracting(UserSummary::username)
                .containsExactlyInAnyOrder("cmo", "deputycmo");
        assertThat(accounts.withRole(AppRoles.CAREGIVER)).extracting(UserSummary::displayName)
                .contains("Alex Rivera", "Jordan Ellis", "Maya Okafor").isSorted();

        UserAccount cmo = repository.findByUsername("cmo").orElseThrow();
        cmo.setEnabled(false);
        repository.flush();

        assertThat(accounts.withRole(AppRoles.CMO_OFFICE)).extracting(UserSummary::username)
                .containsExactly("deputycmo");
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void the_role_pickers_search_as_typed_a_page_at_a_time_and_leave_out_disabled_accounts() {
        assertThat(accounts.withRole(AppRoles.HIRING_MANAGER, "OKAF", PageRequest.of(0, 20)))
                .extracting(UserSummary::username).containsExactly("manager");
        assertThat(accounts.withRole(AppRoles.HIRING_MANAGER, "", PageRequest.of(0, 20)))
                .extracting(UserSummary::username).contains("manager", "deputycmo");
        assertThat(accounts.withRole(AppRoles.RECRUITER, "", PageRequest.of(0, 1))).hasSize(1);
        assertThat(accounts.withRole(AppRoles.RECRUITER, "", PageRequest.of(1, 1))).hasSize(1);
        assertThat(accounts.withRole(AppRoles.RECRUITER, "caregiver", PageRequest.of(0, 20))).isEmpty();

        UserSummary talent = accounts.findByUsername("talent").orElseThrow();
        SystemActor.run(() -> accounts.disable(talent.id(), talent.version()));
        assertThat(accounts.withRole(AppRoles.RECRUITER, "dana", PageRequest.of(0, 20))).isEmpty();
    }
}
