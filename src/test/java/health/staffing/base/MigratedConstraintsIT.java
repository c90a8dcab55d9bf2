package health.staffing.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import health.staffing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A check constraint keeps checking after the connection that created it has closed, as the migrations'
 * connection does when the pool retires it (after 30 minutes). H2 2.4 lost its "state in (…)" checks with
 * the session that created them, and every later insert into such a table failed: on the demo half an hour
 * after its first start, and in the long benchmark run.
 */
@DatabaseTest
class MigratedConstraintsIT {

    @Autowired
    DataSource dataSource;

    @Test
    void a_check_constraint_still_checks_after_the_connection_that_created_it_closed() throws Exception {
        HikariDataSource pool = (HikariDataSource) dataSource;
        try (Connection migration = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword()); Statement statement = migration.createStatement()) {
            statement.execute("create table constraint_probe (state varchar(10) not null,"
                    + " constraint constraint_probe_state check (state in ('PENDING', 'SENT')))");
        }
        try (Connection later = pool.getConnection(); Statement statement = later.createStatement()) {
            assertThat(catchThrowable(() -> statement.executeUpdate("insert into constraint_probe values ('SENT')")))
                    .as("a valid state is accepted").isNull();
            assertThat(catchThrowable(() -> statement.executeUpdate("insert into constraint_probe values ('LOST')")))
                    .as("an invalid state is refused by the check").isNotNull()
                    .satisfies(refused -> assertThat(refused.getMessage()).containsIgnoringCase("constraint_probe_state"));
        } finally {
            try (Connection cleanup = pool.getConnection(); Statement statement = cleanup.createStatement()) {
                statement.execute("drop table constraint_probe");
            }
        }
    }
}
