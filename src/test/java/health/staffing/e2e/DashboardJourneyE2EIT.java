package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The dashboard in Chromium: HR reads the figures and charts and opens the records behind one; the CMO
 * office gets no candidate figures and opens the approval decisions behind a step's cycle time.
 */
class DashboardJourneyE2EIT extends BrowserJourney {

    @Test
    void hr_opens_the_funnel_figure_and_lands_on_the_candidate_grid_narrowed_the_same_way() {
        PortalShell hr = LoginPage.open(browser, baseUrl()).signInAs("recruiter", PASSWORD);
        hr.goTo("/dashboard").waitForContent("#section-hiring");

        assertThat(sections()).containsExactly("section-requisitions", "section-approvals", "section-hiring",
                "section-seats");
        assertThat(browser.driver.findElements(By.cssSelector("#panel-open-by-status svg[role='img']"))).hasSize(1);
        browser.screenshot("dashboard-hr");
        WebElement applied = browser.driver.findElements(By.cssSelector("#panel-funnel td a")).stream()
                .filter(link -> link.getDomAttribute("href").contains("stage=APPLIED")).findFirst().orElseThrow();
        String figure = applied.getText();

        new Widgets(browser).inView(applied).click();

        browser.waiting().until(ExpectedConditions.urlContains("/candidates"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("narrowing"),
                "Narrowed by the dashboard: submitted"));
        browser.waiting().until(driver -> driver.findElement(By.id("application-count")).getText()
                .startsWith(figure + " application"));
        browser.screenshot("dashboard-drill-down-candidates");
    }

    @Test
    void the_cmo_office_sees_no_candidate_figures_and_opens_the_decisions_behind_a_step() {
        PortalShell cmo = LoginPage.open(browser, baseUrl()).signInAs("cmo", PASSWORD);
        cmo.goTo("/dashboard").waitForContent("#section-approvals");

        assertThat(sections()).containsExactly("section-requisitions", "section-approvals", "section-seats");
        WebElement step = browser.driver.findElement(By.cssSelector("#panel-step-times td a"));
        String decided = step.getText();

        new Widgets(browser).inView(step).click();

        browser.waiting().until(ExpectedConditions.urlContains("/approval-history"));
        browser.waiting().until(driver -> driver.findElement(By.id("decision-count")).getText()
                .startsWith(decided + " decision"));
        browser.screenshot("dashboard-drill-down-approvals");
    }

    private static List<String> sections() {
        return browser.driver.findElements(By.cssSelector(".dashboard-section")).stream()
                .map(section -> section.getDomAttribute("id")).toList();
    }
}
