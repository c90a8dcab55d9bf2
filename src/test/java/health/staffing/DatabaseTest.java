package health.staffing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An {@link IntegrationTest} of queries and services that must behave the same on every database:
 * it runs on H2 in the default test run and again on PostgreSQL in the "postgres" execution.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Tag("database")
@ExtendWith(PostgresAvailability.class)
public @interface DatabaseTest {
}
