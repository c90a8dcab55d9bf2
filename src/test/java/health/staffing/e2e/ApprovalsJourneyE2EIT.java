package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.requisitions.ApprovalTrail;
import health.staffing.requisitions.ApprovalTrailEntry;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionForms;
import health.staffing.requisitions.RequisitionService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 002 through its approval chain in Chromium: finance approves, the dotted-line partner is
 * consulted, the CMO office approves; every inbox is screenshotted.
 */
class ApprovalsJourneyE2EIT extends BrowserJourney {

    @Autowired
    RequisitionService requisitions;
    @Autowired
    ApprovalTrail trail;

    @Test
    void finance_then_the_dotted_line_partner_then_the_cmo_office_approve_from_their_inboxes() {
        RequisitionDetails submitted = As.user("manager", () -> {
            RequisitionDetails draft = requisitions.create(form());
            return requisitions.submit(draft.id(), draft.version());
        });

        decideInInbox("finance", submitted, "approvals-1-finance", 0);
        decideInInbox("pophealth", submitted, "approvals-2-consulted", 2);
        decideInInbox("cmo", submitted, "approvals-3-cmo-office", 3);

        assertThat(trail.of(submitted.id())).extracting(ApprovalTrailEntry::state).containsExactly("Approved",
                "Skipped: salary maximum $340,000 is not above $350,000", "Consulted", "Approved");

        PortalShell caregiver = LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD).goTo("/approvals");
        caregiver.waitForContent("#empty-state");
        browser.screenshot("approvals-4-nothing-waits");

        LoginPage.open(browser, baseUrl()).signInAs("admin", PASSWORD).goTo("/admin/approval-chains")
                .waitForContent("#chain-steps");
        browser.screenshot("approvals-5-chain-editor");
    }

    private void decideInInbox(String username, RequisitionDetails requisition, String screenshot, int step) {
        PortalShell shell = LoginPage.open(browser, baseUrl()).signInAs(username, PASSWORD).goTo("/approvals");
        shell.waitForContent("#decision-detail h3");
        // The demo data has older requisitions waiting too: open this one from the list unless it is
        // already open (clicking a selected row would deselect it).
        if (!browser.driver.findElement(By.cssSelector("#decision-detail h3")).getText().equals(requisition.title())) {
            browser.waiting().until(driver -> driver.findElements(By.cssSelector("#inbox > vaadin-grid-cell-content"))
                    .stream().filter(cell -> cell.getText().equals(requisition.title())).findFirst().orElse(null)).click();
        }
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#decision-detail h3"),
                requisition.title()));
        browser.screenshot(screenshot);
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
        String message = browser.waiting().until(driver -> {
            var cards = driver.findElements(By.cssSelector("vaadin-notification-card"));
            return cards.isEmpty() ? null : cards.getLast().getText();
        });
        browser.screenshot(screenshot + "-decided");
        assertThat(message).startsWith(requisition.title() + ": ").doesNotContain("not allowed");
        browser.waiting().until(driver -> !"Waiting".equals(trail.of(requisition.id()).get(step).state()));
    }

    private static RequisitionForm form() {
        RequisitionForm form = RequisitionForms.qualityDirector();
        form.setJustification("Quality performance of about 40 primary care practices needs a dedicated leader "
                + "who works through the practice medical directors and with population health.");
        return form;
    }
}
