package health.staffing.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The signed-in portal: side menu, page content, sign-out. */
final class PortalShell {

    private final Browser browser;
    private final String baseUrl;

    PortalShell(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    List<String> menuEntries() {
        return browser.driver.findElements(By.cssSelector("vaadin-side-nav > vaadin-side-nav-item")).stream()
                .map(WebElement::getText)
                .map(String::trim)
                .toList();
    }

    String greeting() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting"))).getText();
    }

    List<String> roleBadges() {
        return browser.driver.findElements(By.cssSelector("#role-badges .badge")).stream().map(WebElement::getText).toList();
    }

    /** Types an address into the browser, as a person with a bookmark would. */
    PortalShell goTo(String path) {
        browser.driver.get(baseUrl + path);
        // Every page has the side menu but the change-password page, which stands alone like sign-in.
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-side-nav, .change-password-view")));
        return this;
    }

    boolean showsNotAvailable() {
        return !browser.driver.findElements(By.cssSelector(".not-found-view")).isEmpty();
    }

    boolean showsUserAdministration() {
        return !browser.driver.findElements(By.id("users")).isEmpty();
    }

    void waitForContent(String cssSelector) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    LoginPage signOut() {
        // A notification at the bottom of the page may lie over the button until it fades.
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-notification-card")));
        browser.driver.findElement(By.id("sign-out")).click();
        browser.waiting().until(ExpectedConditions.urlContains("/login"));
        return new LoginPage(browser, baseUrl);
    }

    String currentUrl() {
        return browser.driver.getCurrentUrl();
    }
}
