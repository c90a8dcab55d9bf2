package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A reviewer's scorecard (/reviews/{id}) as they fill it: every criterion rated, a recommendation, submit. */
final class ScorecardForm {

    private final Browser browser;
    private final Widgets ui;

    ScorecardForm(Browser browser) {
        this.browser = browser;
        this.ui = new Widgets(browser);
    }

    /** Rates every criterion {@code rating}, recommends {@code verdict}, submits; {@code shot} names the screenshot. */
    void score(PortalShell shell, int rating, String verdict, String shot) {
        shell.waitForContent("#scorecard-form");
        List<WebElement> criteria = browser.driver.findElements(
                By.cssSelector("#scorecard-form vaadin-radio-group[id^='rating-']"));
        assertThat(criteria).isNotEmpty();
        for (WebElement criterion : criteria) {
            ui.inView(radio(criterion, String.valueOf(rating))).click();
        }
        ui.inView(radio(browser.driver.findElement(By.id("recommendation")), verdict)).click();
        browser.screenshot(shot);
        ui.clickWhenEnabled("submit-scorecard");
        shell.waitForContent("#scorecard-done");
    }

    private static WebElement radio(WebElement group, String label) {
        return group.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(button -> button.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No option " + label + " in " + group.getText()));
    }
}
