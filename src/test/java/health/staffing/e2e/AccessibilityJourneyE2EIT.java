package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.security.AccessTable;
import health.staffing.security.AppRoles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page each demo role may open (the routes without parameters from docs/access.md, plus a
 * job posting and its apply page, and for HR a requisition, an application with each of its tabs
 * and a seat on the org chart), checked with axe-core in Chromium: no serious or critical
 * violation. Prints the result per role and route.
 */
class AccessibilityJourneyE2EIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    static final Map<String, String> DEMO_USERS = new LinkedHashMap<>();

    static {
        DEMO_USERS.put(AppRoles.CAREGIVER, "caregiver");
        DEMO_USERS.put(AppRoles.HIRING_MANAGER, "manager");
        DEMO_USERS.put(AppRoles.RECRUITER, "recruiter");
        DEMO_USERS.put(AppRoles.CMO_OFFICE, "cmo");
        DEMO_USERS.put(AppRoles.FINANCE, "finance");
        DEMO_USERS.put(AppRoles.ADMIN, "admin");
    }

    @Test
    void no_page_has_a_serious_or_critical_accessibility_violation_for_any_role() {
        AccessTable table = AccessTable.read();
        List<String> violations = new ArrayList<>();
        int pages = 0;
        browser.driver.get(baseUrl() + "/login");
        violations.addAll(check("signed out", "/login"));
        for (var user : DEMO_USERS.entrySet()) {
            Set<String> held = new HashSet<>(List.of(AppRoles.CAREGIVER, user.getKey()));
            PortalShell portal = LoginPage.open(browser, baseUrl()).signInAs(user.getValue(), PASSWORD);
            List<String> paths = new ArrayList<>();
            for (AccessTable.RouteRule rule : table.routes) {
                if (!rule.route().contains(":") && !rule.signedOut() && rule.openTo(held)) {
                    paths.add("/" + rule.route());
                }
            }
            if (user.getKey().equals(AppRoles.CAREGIVER)) {
                paths.addAll(List.of("/jobs/102619", "/jobs/102619/apply"));
            }
            if (user.getKey().equals(AppRoles.RECRUITER)) {
                paths.addAll(detailPages());
            }
            for (String path : paths) {
                portal.goTo(path);
                violations.addAll(check(user.getValue(), path));
                pages++;
            }
            portal.signOut();
        }
        System.out.printf("axe-core 4.11.1: %d pages checked for %d roles, %d serious or critical violations%n",
                pages + 1, DEMO_USERS.size(), violations.size());
        assertThat(violations).isEmpty();
    }

    /** Pages behind an id, with ids from the demo data: a requisition, an application and its tabs, a seat. */
    private List<String> detailPages() {
        long requisition = jdbc.sql("select min(id) from requisition where status = 'POSTED'").query(Long.class).single();
        long application = jdbc.sql("select min(id) from job_application").query(Long.class).single();
        List<String> pages = new ArrayList<>(List.of("/requisitions/" + requisition, "/org-chart?org=MGB&position=MGB-CMO"));
        for (String tab : List.of("", "?tab=screening", "?tab=scorecards", "?tab=offer", "?tab=documents")) {
            pages.add("/candidates/" + application + tab);
        }
        return pages;
    }

    private List<String> check(String who, String path) {
        List<String> found = Axe.seriousViolations(browser);
        System.out.printf("axe %-10s %-28s %s%n", who, path, found.isEmpty() ? "0 serious/critical" : found);
        return found.stream().map(violation -> who + " " + path + ": " + violation).toList();
    }
}
