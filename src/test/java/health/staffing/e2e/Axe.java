package health.staffing.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Runs axe-core (4.11.1, the script bundled in com.deque.html.axe-core:selenium, pinned in the pom)
 * on the page open in the browser, after Vaadin has finished rendering it, and returns the
 * violations of impact serious or critical, one line each: rule, impact, count, first targets.
 */
final class Axe {

    private static final String SCRIPT = load();

    private Axe() {
    }

    static List<String> seriousViolations(Browser browser) {
        browser.waiting().until(driver -> Boolean.TRUE.equals(browser.driver.executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(client => !client.isActive || !client.isActive())")));
        if (!Boolean.TRUE.equals(browser.driver.executeScript("return typeof window.axe !== 'undefined'"))) {
            browser.driver.executeScript(SCRIPT);
        }
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): '
                      + v.nodes.slice(0, 3).map(n => JSON.stringify(n.target)).join(' '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) result;
        return violations;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
