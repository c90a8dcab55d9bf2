package health.staffing;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A long-lived PostgreSQL test database starts each run empty: clean, then migrate, so the run
 * proves the migrations from scratch and no data from a previous run leaks in.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.test.clean-database", havingValue = "true")
class CleanDatabaseConfig {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
