package health.staffing.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.mock.env.MockEnvironment;

/** The ahead-of-time start refuses what it would silently ignore (decision 16). */
class ProductionSettingsTest {

    @Test
    void the_production_settings_alone_are_fine_for_an_ahead_of_time_start() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("portal.job-alerts.schedule", "true");

        assertThat(ProductionSettings.aheadOfTimeProblems(environment)).isEmpty();
    }

    @Test
    void another_profile_cannot_be_added_to_an_ahead_of_time_start() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod", "demo");

        assertThat(ProductionSettings.aheadOfTimeProblems(environment))
                .containsExactly("it cannot add the profile demo");
    }

    @Test
    void a_schedule_cannot_be_switched_off_in_an_ahead_of_time_start() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        environment.setProperty("portal.mail.outbox.schedule", " FALSE ");

        assertThat(ProductionSettings.aheadOfTimeProblems(environment))
                .containsExactly("it cannot turn off portal.mail.outbox.schedule");
    }

    @Test
    void every_switch_a_condition_of_the_portal_reads_is_checked() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        Set<String> read = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("health.staffing")) {
            Class<?> type = Class.forName(candidate.getBeanClassName(), false, getClass().getClassLoader());
            Stream.concat(Stream.of(type), Arrays.stream(type.getDeclaredMethods()))
                    .map(element -> element.getAnnotation(ConditionalOnProperty.class))
                    .filter(Objects::nonNull)
                    .forEach(condition -> read.addAll(propertiesOf(condition)));
        }

        assertThat(read).containsExactlyInAnyOrderElementsOf(ProductionSettings.SWITCHES_FIXED_AT_BUILD);
        for (String name : ProductionSettings.SWITCHES_FIXED_AT_BUILD) {
            MockEnvironment environment = new MockEnvironment();
            environment.setActiveProfiles("prod");
            environment.setProperty(name, "false");

            assertThat(ProductionSettings.aheadOfTimeProblems(environment))
                    .containsExactly("it cannot turn off " + name);
        }
    }

    private static List<String> propertiesOf(ConditionalOnProperty condition) {
        String prefix = condition.prefix().isEmpty() ? "" : condition.prefix() + ".";
        return Stream.concat(Arrays.stream(condition.name()), Arrays.stream(condition.value()))
                .map(name -> prefix + name)
                .toList();
    }
}
