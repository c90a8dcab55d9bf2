package health.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.security.SystemActor;
import health.staffing.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Demo users (with their published password) load only under the explicit {@code demo} profile:
 * a mistyped profile such as "production" starts an empty portal whose only account is the first
 * administrator from the environment.
 */
class DemoProfileTest {

    @Test
    void a_profile_other_than_demo_starts_without_demo_users() {
        // A second application in this JVM installs its own (Vaadin-aware) security context strategy
        // globally; the tests after this one run with the shared test context's strategy again.
        SecurityContextHolderStrategy shared = SecurityContextHolder.getContextHolderStrategy();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("production")
                .web(WebApplicationType.SERVLET)
                .run("--spring.main.banner-mode=off", "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:no-demo;DB_CLOSE_DELAY=-1",
                        "--portal.first-admin.username=ops.admin", "--portal.first-admin.password=a-long-first-password",
                        "--vaadin.launch-browser=false")) {
            UserAccountService accounts = context.getBean(UserAccountService.class);
            assertThat(SystemActor.call(() -> accounts.exists("admin"))).isFalse();
            assertThat(SystemActor.call(() -> accounts.exists("caregiver"))).isFalse();
            assertThat(SystemActor.call(() -> accounts.exists("ops.admin"))).isTrue();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(shared);
        }
    }
}
