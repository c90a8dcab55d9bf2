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
 * demo user who may open it: the page renders and the browser reports no CSP violation (nor any
 * other console error). An unknown address shows the portal's own "not available" page.
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
                browser.consoleMessages().stream().filter(PageSecurityJourneyE2EIT::isProblem)
                        .map(message -> "/" + rule.route() + ": " + message).forEach(reported::add);
            }
            portal.signOut();
        }
        System.out.printf("CSP check: %d pages opened in Chromium, %d console problems%n", visited.size(), reported.size());
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

    private static boolean isProblem(String message) {
        return message.contains("Content Security Policy") || message.contains("Refused to")
                || message.startsWith("SEVERE") && !message.contains("favicon.ico");
    }
}
