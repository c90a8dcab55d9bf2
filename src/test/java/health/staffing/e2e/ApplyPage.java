package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The application form a caregiver reaches from a posting's Apply link. */
final class ApplyPage {

    private final Browser browser;
    private final Widgets ui;

    private ApplyPage(Browser browser) {
        this.browser = browser;
        this.ui = new Widgets(browser);
    }

    /** From the posting page: follows Apply and waits for the form. */
    static ApplyPage fromPosting(PortalShell caregiver, Browser browser) {
        caregiver.waitForContent("#apply-link");
        Widgets ui = new Widgets(browser);
        ui.inView(browser.driver.findElement(By.id("apply-link"))).click();
        caregiver.waitForContent("#submit-application");
        return new ApplyPage(browser);
    }

    ApplyPage degree(String degree) {
        ui.chooseInComboBox("degrees", degree, degree);
        browser.driver.findElement(By.cssSelector("#degrees input")).sendKeys(Keys.TAB);
        return this;
    }

    /** A board certification; {@code expires} as the US date picker takes it (MM/dd/yyyy). */
    ApplyPage certification(String specialty, String board, String expires) {
        ui.inView(browser.driver.findElement(By.id("add-certification"))).click();
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("#certifications vaadin-text-field")).size() == 2);
        List<WebElement> fields = browser.driver.findElements(By.cssSelector("#certifications vaadin-text-field input"));
        fields.get(0).sendKeys(specialty, Keys.TAB);
        fields.get(1).sendKeys(board, Keys.TAB);
        browser.driver.findElement(By.cssSelector("#certifications vaadin-date-picker input")).sendKeys(expires, Keys.ENTER);
        return this;
    }

    ApplyPage licence(String state, String number, String expires) {
        ui.inView(browser.driver.findElement(By.id("add-license"))).click();
        browser.waiting().until(driver -> !driver.findElements(By.cssSelector("#licenses vaadin-combo-box")).isEmpty());
        WebElement stateField = browser.driver.findElements(By.cssSelector("#licenses vaadin-combo-box input")).getFirst();
        ui.inView(stateField).click();
        stateField.sendKeys(state);
        ui.pickComboBoxItem(state);
        browser.driver.findElement(By.cssSelector("#licenses vaadin-text-field input")).sendKeys(number, Keys.TAB);
        browser.driver.findElement(By.cssSelector("#licenses vaadin-date-picker input")).sendKeys(expires, Keys.ENTER);
        return this;
    }

    /** Attaches the CV and waits until the form says it is attached. */
    ApplyPage cv(Path file) {
        String name = file.getFileName().toString();
        ui.attach("cv-upload", file);
        assertThat(ui.uploadOutcome("cv-upload")).isEqualTo("complete");
        browser.waiting().until(driver -> String.valueOf(browser.driver.executeScript(
                "return document.getElementById('cv-upload').parentElement.textContent;")).contains("Attached: " + name));
        return this;
    }

    ApplyPage years(int clinical, int leadership, int managedCare) {
        ui.typeInto("clinical-years", String.valueOf(clinical));
        ui.typeInto("leadership-years", String.valueOf(leadership));
        ui.typeInto("managed-care-years", String.valueOf(managedCare));
        return this;
    }

    /** Submits and waits for "My applications". */
    void submit() {
        ui.clickWhenEnabled("submit-application");
        browser.waiting().until(ExpectedConditions.urlContains("/my-applications"));
    }
}
