package health.staffing.e2e;

import health.staffing.orgchart.OrgStructureService;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DemoSeed;
import health.staffing.candidates.ApplicationForms;
import health.staffing.candidates.ExternalCandidateForm;
import health.staffing.candidates.ExternalCandidateService;
import health.staffing.orgchart.NewPosition;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.SeatRequisitions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Markup that the rules let through (it is text, after all) is stored as typed and shown as text on
 * every page that shows it, in Chromium: no script of it runs, no element of it is created, and the
 * characters themselves are visible — on the org chart, its detail panel and search, the candidate
 * grid, the application and the administrator's audit trail.
 */
class EscapedEverywhereE2EIT extends BrowserJourney {

    static final String TITLE = "<img src=x onerror=\"window.__xss=1\"> Director of Quality";
    static final String GIVEN = "<script>window.__xss=2</script>";
    static final String FAMILY = "O'Brien\"><svg onload=window.__xss=3>";

    @Autowired
    OrgChartService orgChart;

    @Autowired
    OrgStructureService structure;
    @Autowired
    ExternalCandidateService external;
    @Autowired
    SeatRequisitions seats;

    @Test
    void stored_markup_is_shown_as_text_and_never_runs() {
        As.user("recruiter", () -> structure.createPosition(new NewPosition("XSS-DIR", TITLE, "MGB", "Quality", "Boston",
                "MA", BigDecimal.ONE, new BigDecimal("0.50"), "MGB-CMO", null, null)));
        String reference = DemoSeed.MIDDLESEX_EXECUTIVE_DIRECTOR.reference(seats);
        long application = As.user("recruiter", () -> external.add(reference, new ExternalCandidateForm(GIVEN, FAMILY,
                "escaped.everywhere@example.org", null, null, ApplicationForms.withCv().years(5, 1, null).build()))).applicationId();

        List<String> problems = new ArrayList<>();
        PortalShell hr = LoginPage.open(browser, baseUrl()).signInAs("recruiter", PASSWORD);
        check(hr, "/org-chart?org=MGB&position=XSS-DIR", "#detail-title", TITLE, problems);
        check(hr, "/candidates?ref=" + reference, "#applications", "<script>window.__xss=2</script>", problems);
        check(hr, "/candidates/" + application, ".application-detail-view", FAMILY, problems);
        hr.signOut();
        PortalShell admin = LoginPage.open(browser, baseUrl()).signInAs("admin", PASSWORD);
        check(admin, "/admin", "#audit-trail", "onerror", problems);
        browser.screenshot("escaped-everywhere-audit-trail");

        assertThat(problems).isEmpty();
    }

    private void check(PortalShell portal, String path, String content, String literal, List<String> problems) {
        portal.goTo(path).waitForContent(content);
        browser.waiting().until(driver -> String.valueOf(browser.driver.executeScript(
                "return document.querySelector('main') ? document.querySelector('main').innerText"
                        + " + [...document.querySelectorAll('vaadin-grid-cell-content')].map(c => c.innerText).join(' ')"
                        + " : ''")).contains(literal));
        Object ran = browser.driver.executeScript("return window.__xss;");
        if (ran != null) {
            problems.add(path + ": script ran (" + ran + ")");
        }
        long injected = browser.driver.findElements(By.cssSelector("img[src='x'], main script, svg[onload]")).size();
        if (injected > 0) {
            problems.add(path + ": " + injected + " injected element(s)");
        }
        browser.screenshot("escaped-everywhere" + path.replaceAll("[^a-z0-9]+", "-"));
    }
}
