package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class FirstAdministratorIT {

    @Autowired
    UserAccountService accounts;

    @Test
    void the_configured_administrator_is_created_once() {
        FirstAdministrator bootstrap = new FirstAdministrator(accounts, "Ops.Admin", "a-long-first-password");

        assertThat(bootstrap.createIfMissing()).isTrue();
        assertThat(bootstrap.createIfMissing()).isFalse();
        assertThat(SystemActor.call(() -> accounts.findByUsername("ops.admin")).orElseThrow().roles())
                .containsExactly(AppRoles.ADMIN, AppRoles.CAREGIVER);
    }

    @Test
    void nothing_happens_without_configuration() {
        assertThat(new FirstAdministrator(accounts, "", "").createIfMissing()).isFalse();
    }
}
