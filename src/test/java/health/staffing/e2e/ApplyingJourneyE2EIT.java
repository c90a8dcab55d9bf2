package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A caregiver finds the apply form from a posting page, and their applications page. */
class ApplyingJourneyE2EIT extends BrowserJourney {

    @Test
    void a_caregiver_opens_the_apply_form_from_the_posting_and_sees_their_record_prefilled() {
        PortalShell portal = LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD);

        portal.goTo("/jobs/102619");
        portal.waitForContent("#apply-link");
        assertThat(browser.driver.findElements(By.id("applicant-count"))).as("the count is for HR and the hiring team")
                .isEmpty();
        browser.screenshot("posting-with-apply");

        browser.driver.findElement(By.id("apply-link")).click();
        portal.waitForContent("#submit-application");
        assertThat(portal.currentUrl()).endsWith("/jobs/102619/apply");
        browser.screenshot("apply-form");

        portal.goTo("/my-applications");
        portal.waitForContent("#my-applications");
        browser.screenshot("my-applications-empty");
    }
}
