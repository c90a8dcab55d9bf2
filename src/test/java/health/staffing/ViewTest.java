package health.staffing;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browserless view test: the real view, services and security, no browser. Extend
 * {@link SpringBrowserlessTest}; sign in with {@code @WithMockUser} as a demo user.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(CleanDatabaseConfig.class)
@ActiveProfiles({"test", "demo"})
public @interface ViewTest {
}
