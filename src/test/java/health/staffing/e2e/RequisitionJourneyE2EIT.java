package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole way from "we need a medical director" to a posting caregivers read, in Chromium: a
 * hiring manager creates and submits a requisition, finance and the CMO office approve it from
 * their inboxes, HR writes and publishes the posting, a caregiver finds it on the job board.
 */
class RequisitionJourneyE2EIT extends BrowserJourney {

    private static final String TITLE = "Medical Director, Geriatric Primary Care";

    @Test
    void a_requisition_goes_from_the_hiring_manager_through_approvals_to_a_published_posting() {
        PortalShell manager = LoginPage.open(browser, baseUrl()).signInAs("manager", PASSWORD).goTo("/requisitions/new");
        manager.waitForContent("#manager-position");
        choose("manager-position", "Assistant Chief Medical Officer for Primary", "Assistant Chief Medical Officer");
        type("title", TITLE);
        type("department", "Primary Care · Geriatrics");
        type("category", "Physician Leadership");
        type("address", "399 Revolution Drive");
        type("city", "Somerville");
        type("state", "MA");
        retype("admin-fte", "0.6");
        type("salary-min", "260000");
        type("salary-max", "300000");
        type("justification", "Patients over 75 are a third of primary care visits; practices need one geriatric lead.");
        choose("recruiter", "Sam", "Sam Patel");
        type("cost-center", "CC-4420");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("budget-impact"),
                "$260,000 – $300,000"));
        browser.screenshot("journey-1-manager-creates");
        browser.driver.findElement(By.id("submit-requisition")).click();

        waitForText(By.id("requisition-status"), "Pending approval");
        String detailUrl = manager.currentUrl();
        String reference = browser.driver.findElement(By.id("requisition-reference")).getText().replace("Job ref ", "");
        browser.screenshot("journey-2-submitted");

        approveInInbox("finance", "journey-3-finance-inbox");
        approveInInbox("cmo", "journey-4-cmo-inbox");

        PortalShell recruiter = LoginPage.open(browser, baseUrl()).signInAs("recruiter", PASSWORD);
        recruiter.goTo(detailUrl.substring(baseUrl().length()) + "?tab=approvals");
        waitForText(By.id("requisition-status"), "Approved");
        waitForText(By.id("approval-trail"), "Finance review");
        browser.screenshot("journey-5-approval-trail");

        recruiter.goTo(detailUrl.substring(baseUrl().length()) + "?tab=posting");
        recruiter.waitForContent("#publish-posting");
        WebElement overview = browser.driver.findElements(By.cssSelector("vaadin-text-area.section-body textarea")).getFirst();
        overview.sendKeys("The Geriatric Primary Care lead sets the standard of care for older adults across "
                + "our practices.\n\n- Leads the geriatric consult service\n- Partners with population health");
        WebElement close = browser.driver.findElement(By.cssSelector("#posting-close input"));
        close.sendKeys("12/31/2027", Keys.ENTER);
        waitForMarkdown(".posting-preview", "Leads the geriatric consult service");
        browser.screenshot("journey-6-posting-editor");
        browser.driver.findElement(By.id("publish-posting")).click();
        waitForText(By.id("requisition-status"), "Posted");
        browser.screenshot("journey-7-posted");

        PortalShell caregiver = LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD).goTo("/jobs?q=Geriatric");
        caregiver.waitForContent("#jobs");
        clickCell("#jobs", TITLE);
        waitForMarkdown("#job-posting", "Leads the geriatric consult service");
        assertThat(caregiver.currentUrl()).endsWith("/jobs/" + reference);
        String posting = markdownText("#job-posting");
        assertThat(posting).contains(TITLE, "$260,000", "$300,000",
                "Assistant Chief Medical Officer for Primary Care");
        browser.screenshot("journey-8-caregiver-reads-posting");
    }

    private void approveInInbox(String approver, String screenshot) {
        LoginPage.open(browser, baseUrl()).signInAs(approver, PASSWORD).goTo("/approvals").waitForContent("#inbox");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#decision-detail h3")));
        if (!browser.driver.findElement(By.cssSelector("#decision-detail h3")).getText().equals(TITLE)) {
            clickCell("#inbox", TITLE);
        }
        waitForText(By.cssSelector("#decision-detail h3"), TITLE);
        browser.screenshot(screenshot);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains("pprov")));
    }

    private void type(String id, String text) {
        WebElement input = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
        input.sendKeys(text, Keys.TAB);
    }

    private void retype(String id, String text) {
        WebElement input = browser.driver.findElement(By.cssSelector("#" + id + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Types into a combo box and picks the suggestion that contains {@code option}. */
    private void choose(String id, String typed, String option) {
        WebElement input = browser.driver.findElement(By.cssSelector("#" + id + " input"));
        input.sendKeys(typed);
        WebElement item = browser.waiting().until(driver -> driver.findElements(By.cssSelector("vaadin-combo-box-item"))
                .stream().filter(candidate -> candidate.getText().contains(option)).findFirst().orElse(null));
        item.click();
    }

    /** Clicks the row of {@code grid} showing {@code text}: the grid renders its cells as its light-DOM children. */
    private void clickCell(String grid, String text) {
        WebElement cell = browser.waiting().until(driver -> {
            List<WebElement> cells = driver.findElements(By.cssSelector(grid + " > vaadin-grid-cell-content"));
            return cells.stream().filter(c -> c.getText().contains(text)).findFirst().orElse(null);
        });
        cell.click();
    }

    /** The text Vaadin's Markdown component shows, read through its shadow root if it has one. */
    private String markdownText(String container) {
        Object text = browser.driver.executeScript("""
                const md = document.querySelector(arguments[0] + ' vaadin-markdown');
                if (!md) return '';
                return (md.shadowRoot ? md.shadowRoot.textContent : '') + ' ' + md.textContent;
                """, container);
        return text == null ? "" : text.toString();
    }

    private void waitForMarkdown(String container, String text) {
        browser.waiting().until(driver -> markdownText(container).contains(text));
    }

    private void waitForText(By locator, String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }
}
