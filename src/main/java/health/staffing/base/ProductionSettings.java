package health.staffing.base;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * In production the database settings come from the environment only. Checked before any bean is
 * created, so a missing variable stops the start with a sentence an operator can act on instead of
 * a connection-pool stack trace.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionSettings {

    static final List<String> REQUIRED = List.of("PORTAL_DB_URL", "PORTAL_DB_USERNAME", "PORTAL_DB_PASSWORD");

    @Bean
    static BeanFactoryPostProcessor requireProductionSettings(Environment environment) {
        return beanFactory -> {
            List<String> missing = REQUIRED.stream().filter(name -> !environment.containsProperty(name)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("The prod profile needs these environment variables: "
                        + String.join(", ", missing) + ". It has no defaults and no demo data.");
            }
        };
    }
}
