package health.staffing.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * In production the database settings come from the environment only. Checked before any bean is
 * created, so a missing variable stops the start with a sentence an operator can act on instead of
 * a connection-pool stack trace.
 *
 * <p>The ahead-of-time start ({@code -Dspring.aot.enabled=true}, decision 16) uses beans chosen when the
 * jar was built, for the prod profile alone: a setting that would switch beans on or off at start-up
 * would be ignored without a word, so such a start stops instead.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionSettings {

    static final List<String> REQUIRED = List.of("PORTAL_DB_URL", "PORTAL_DB_USERNAME", "PORTAL_DB_PASSWORD");

    /** Settings read by a {@code @ConditionalOnProperty}: fixed at build time in the ahead-of-time start. */
    static final List<String> SWITCHES_FIXED_AT_BUILD =
            List.of("portal.job-alerts.schedule", "portal.mail.outbox.schedule");

    @Bean
    static BeanFactoryPostProcessor requireProductionSettings(Environment environment) {
        return beanFactory -> {
            List<String> missing = REQUIRED.stream().filter(name -> !environment.containsProperty(name)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("The prod profile needs these environment variables: "
                        + String.join(", ", missing) + ". It has no defaults and no demo data.");
            }
            if (AotDetector.useGeneratedArtifacts()) {
                List<String> problems = aheadOfTimeProblems(environment);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("The ahead-of-time start (-Dspring.aot.enabled=true) runs the "
                            + "beans chosen at build time for the prod profile: " + String.join("; ", problems)
                            + ". Start without -Dspring.aot.enabled=true for that.");
                }
            }
        };
    }

    /** What the ahead-of-time start would silently not do with these settings; empty when nothing. */
    static List<String> aheadOfTimeProblems(Environment environment) {
        List<String> problems = new ArrayList<>();
        List<String> others = Arrays.stream(environment.getActiveProfiles())
                .filter(name -> !name.equals("prod"))
                .toList();
        if (!others.isEmpty()) {
            problems.add("it cannot add the profile " + String.join(", ", others));
        }
        for (String name : SWITCHES_FIXED_AT_BUILD) {
            if ("false".equalsIgnoreCase(environment.getProperty(name, "true").trim())) {
                problems.add("it cannot turn off " + name);
            }
        }
        return problems;
    }
}
