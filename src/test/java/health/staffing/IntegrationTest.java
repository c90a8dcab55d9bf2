package health.staffing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test with the whole application context (real transactions, method security, Flyway schema,
 * demo data) on the test database. All such tests share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(CleanDatabaseConfig.class)
@ActiveProfiles({"test", "demo"})
public @interface IntegrationTest {
}
