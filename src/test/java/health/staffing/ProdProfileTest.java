package health.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

class ProdProfileTest {

    @Test
    void prod_refuses_to_start_without_its_database_settings() {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .web(WebApplicationType.NONE)
                .run("--spring.main.banner-mode=off"));

        assertThat(failure).isNotNull();
        assertThat(rootMessages(failure)).contains("PORTAL_DB_URL");
    }

    private static String rootMessages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
