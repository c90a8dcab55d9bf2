package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An account's life in Chromium: the administrator opens it and reads the temporary password once;
 * its owner signs in with it, is held on the change-password page until they choose their own, and
 * signs in with that; disabled, the person is signed out at their next click and cannot sign in.
 */
class AccountJourneyE2EIT extends BrowserJourney {

    @Test
    void an_administrator_opens_an_account_and_its_owner_replaces_the_temporary_password() {
        PortalShell admin = LoginPage.open(browser, baseUrl()).signInAs("admin", PASSWORD);
        admin.goTo("/admin");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("new-account"))).click();
        typeInDialog(0, "e2e.newhire");
        typeInDialog(1, "Jamie Quinn");
        clickButton("Open account");
        String temporary = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.id("temporary-password"))).getText().trim();
        browser.screenshot("account-opened-temporary-password");
        clickButton("I have noted it");
        admin.signOut();

        LoginPage.open(browser, baseUrl()).submitOnly("e2e.newhire", temporary);
        browser.waiting().until(ExpectedConditions.urlContains("/account/password"));
        // Not now: signing out leaves the temporary password as it was.
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("sign-out-instead"))).click();
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        LoginPage.open(browser, baseUrl()).submitOnly("e2e.newhire", temporary);
        browser.waiting().until(ExpectedConditions.urlContains("/account/password"));
        List<WebElement> fields = passwordInputs();
        assertThat(fields).hasSize(3);
        fields.get(0).sendKeys(temporary);
        fields.get(1).sendKeys("maple river compass");
        fields.get(2).sendKeys("maple river compass");
        browser.screenshot("account-forced-password-change");
        clickButton("Change password");
        browser.waiting().until(ExpectedConditions.urlContains("/login?changed"));
        assertThat(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".login-note")))
                .getText())
                .isEqualTo("Your password is changed. Sign in with the new one.");

        PortalShell owner = new LoginPage(browser, baseUrl()).signInAs("e2e.newhire", "maple river compass");
        assertThat(owner.currentUrl()).doesNotContain("/account/password");
        assertThat(owner.menuEntries()).contains("Jobs");
    }

    @Test
    void a_disabled_account_is_signed_out_at_its_next_click_and_cannot_sign_in() {
        Browser second = new Browser();
        try {
            PortalShell person = LoginPage.open(second, baseUrl()).signInAs("pophealth", PASSWORD);
            PortalShell admin = LoginPage.open(browser, baseUrl()).signInAs("admin", PASSWORD);
            admin.goTo("/admin");
            browser.waiting().until(driver -> driver.findElements(By.cssSelector("#users vaadin-grid-cell-content"))
                    .stream().filter(cell -> cell.getText().equals("Anita Shah")).findFirst().orElse(null)).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-status"),
                    "pophealth"));
            browser.driver.findElement(By.id("disable-or-enable")).click();
            browser.waiting().until(driver -> driver.findElements(By.cssSelector("vaadin-confirm-dialog vaadin-button,"
                    + " vaadin-confirm-dialog-overlay vaadin-button")).stream()
                    .filter(button -> button.isDisplayed() && button.getText().equals("Disable account")).findFirst()
                    .orElse(null)).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-status"),
                    "Disabled"));

            second.driver.findElement(By.cssSelector("vaadin-side-nav-item[path='jobs']")).click();
            second.waiting().until(ExpectedConditions.urlContains("/login"));
            assertThat(person.currentUrl()).contains("/login");
            new LoginPage(second, baseUrl()).signInExpectingFailure("pophealth", PASSWORD);

            browser.driver.findElement(By.id("disable-or-enable")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-status"),
                    "Active"));
            LoginPage.open(second, baseUrl()).signInAs("pophealth", PASSWORD);
        } finally {
            second.close();
        }
    }

    private List<WebElement> passwordInputs() {
        return browser.waiting().until(driver -> {
            List<WebElement> inputs = driver.findElements(By.cssSelector("vaadin-password-field input"));
            return inputs.size() == 3 ? inputs : null;
        });
    }

    private void typeInDialog(int index, String text) {
        WebElement input = browser.waiting().until(driver -> {
            List<WebElement> inputs = driver.findElements(By.cssSelector("vaadin-dialog vaadin-text-field input,"
                    + " vaadin-dialog-overlay vaadin-text-field input"));
            return inputs.size() > index ? inputs.get(index) : null;
        });
        input.sendKeys(text);
    }

    private void clickButton(String text) {
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(button -> button.isDisplayed() && button.getText().trim().equals(text)).findFirst()
                .orElse(null)).click();
    }
}
