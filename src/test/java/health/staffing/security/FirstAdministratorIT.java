package health.staffing.security;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.DatabaseTest;
import health.staffing.base.ClusterLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
@Transactional
class FirstAdministratorIT {

    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ClusterLock lock;

    @Test
    void the_configured_administrator_is_created_once_on_a_portal_without_one() {
        withoutAdministrators();
        FirstAdministrator bootstrap = new FirstAdministrator(accounts, lock, "Ops.Admin", "a-long-first-password");

        assertThat(bootstrap.createIfMissing()).isTrue();
        assertThat(bootstrap.createIfMissing()).isFalse();
        assertThat(SystemActor.call(() -> accounts.findByUsername("ops.admin")).orElseThrow().roles())
                .containsExactly(AppRoles.ADMIN, AppRoles.CAREGIVER);
    }

    @Test
    void variables_left_behind_create_nothing_while_an_administrator_exists() {
        // The demo's administrator exists: a second name in the environment is not a way in.
        assertThat(new FirstAdministrator(accounts, lock, "ops.second", "a-long-first-password").createIfMissing()).isFalse();
        assertThat(accounts.exists("ops.second")).isFalse();
    }

    @Test
    void nothing_happens_without_configuration() {
        withoutAdministrators();
        assertThat(new FirstAdministrator(accounts, lock, "", "").createIfMissing()).isFalse();
    }

    private void withoutAdministrators() {
        jdbc.sql("update app_user set enabled = false where id in (select user_id from app_user_role where role = 'ADMIN')")
                .update();
    }
}
