package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.security.AccessTable;
import health.staffing.security.AppRoles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every page of the portal opened in Chromium under the portal's Content-Security-Policy, each by a
 * demo user who may open it: the page renders and the browser reports no CSP violation. Other
 * console errors are printed, not failed on: a page left while its last request was in flight makes
 * Vaadin's client log one ("Response didn't contain a server id"), which says nothing about the page.
 * An unknown address shows the portal's own "not available" page.
 */
class PageSecurityJourneyE2EIT extends BrowserJourney {

    /** One demo user per role, in an order that reaches every page with few sign-ins. */
    static final Map<String, String> DEMO_USERS = new LinkedHashMap<>();

    static {
        DEMO_USERS.put(AppRoles.RECRUITER, "recruiter");
        DEMO_USERS.put(AppRoles.ADMIN, "admin");
        DEMO_USERS.put(AppRoles.CMO_OFFICE, "cmo");
        DEMO_USERS.put(AppRoles.CAREGIVER, "caregiver");
    }

    @Test
    void every_page_runs_under_the_content_security_policy_without_a_reported_violation() {
        AccessTable table = AccessTable.read();
        Set<String> visited = new LinkedHashSet<>();
        List<String> reported = new ArrayList<>();
        List<String> otherErrors = new ArrayList<>();
        browser.consoleMessages(); // what earlier tests in this browser left behind
        for (var user : DEMO_USERS.entrySet()) {
            Set<String> held = new HashSet<>(List.of(AppRoles.CAREGIVER, user.getKey()));
            PortalShell portal = LoginPage.open(browser, baseUrl()).signInAs(user.getValue(), PASSWORD);
            for (AccessTable.RouteRule rule : table.routes) {
                if (rule.route().contains(":") || rule.signedOut() || !rule.openTo(held) || !visited.add(rule.route())) {
                    continue;
                }
                portal.goTo("/" + rule.route());
                assertThat(portal.showsNotAvailable()).as("/" + rule.route() + " for " + user.getValue()).isFalse();
                for (String message : browser.consoleMessages()) {
                    if (isCspViolation(message)) {
                        reported.add("/" + rule.route() + ": " + message);
                    } else if (message.startsWith("SEVERE") && !message.contains("favicon.ico")) {
                        otherErrors.add("/" + rule.route() + ": " + message);
                    }
                }
            }
            portal.signOut();
        }
        System.out.printf("CSP check: %d pages opened in Chromium, %d CSP violations, %d other console errors%n",
                visited.size(), reported.size(), otherErrors.size());
        otherErrors.forEach(error -> System.out.println("  console: " + error));
        assertThat(reported).isEmpty();
        assertThat(visited).hasSizeGreaterThan(12);
    }

    @Test
    void an_unknown_address_shows_the_portals_not_available_page() {
        PortalShell portal = LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD);

        portal.goTo("/no-such-page");

        assertThat(portal.showsNotAvailable()).isTrue();
        browser.screenshot("not-available-unknown-address");
        portal.goTo("/requisitions");
        assertThat(portal.showsNotAvailable()).isTrue();
        browser.screenshot("not-available-forbidden-page");
    }

    private static boolean isCspViolation(String message) {
        return message.contains("Content Security Policy") || message.contains("Refused to");
    }
}
