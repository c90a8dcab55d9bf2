package health.staffing.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The sign-in page, as a person uses it. */
final class LoginPage {

    private final Browser browser;
    private final String baseUrl;

    LoginPage(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    static LoginPage open(Browser browser, String baseUrl) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(baseUrl + "/login");
        LoginPage page = new LoginPage(browser, baseUrl);
        page.usernameField();
        return page;
    }

    PortalShell signInAs(String username, String password) {
        submit(username, password);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
        return new PortalShell(browser, baseUrl);
    }

    LoginPage signInExpectingFailure(String username, String password) {
        submit(username, password);
        browser.waiting().until(driver -> errorShown());
        return this;
    }

    /** Signs in and waits for nothing: where the portal goes next is the caller's to check. */
    void submitOnly(String username, String password) {
        submit(username, password);
    }

    boolean errorShown() {
        Object error = browser.driver.executeScript(
                "const f = document.querySelector('vaadin-login-form'); return f && f.error === true;");
        return Boolean.TRUE.equals(error);
    }

    String errorText() {
        return (String) browser.driver.executeScript(
                "const f = document.querySelector('vaadin-login-form');"
                        + "return f.i18n.errorMessage.title + ' ' + f.i18n.errorMessage.message;");
    }

    private void submit(String username, String password) {
        WebElement user = usernameField();
        user.clear();
        user.sendKeys(username);
        WebElement secret = browser.driver.findElement(By.cssSelector("vaadin-password-field input"));
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
    }

    private WebElement usernameField() {
        return browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form vaadin-text-field input")));
    }
}
