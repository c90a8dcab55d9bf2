package health.staffing.e2e;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Small actions on Vaadin's web components in Chromium, shared by the journeys: typing into a
 * field, choosing in a combo box or select, attaching a file, clicking when enabled, reading grid
 * cells, waiting for text. Each scrolls what it touches into view first (the portal scrolls its
 * content area, not the document).
 */
final class Widgets {

    private final Browser browser;

    Widgets(Browser browser) {
        this.browser = browser;
    }

    void typeInto(String id, String text) {
        WebElement input = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
        inView(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    void chooseInComboBox(String id, String typed, String option) {
        WebElement input = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " input")));
        inView(input).click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE); // a chosen value is replaced, not extended
        input.sendKeys(typed);
        pickComboBoxItem(option);
    }

    void pickComboBoxItem(String option) {
        browser.waiting().until(driver -> driver.findElements(By.cssSelector(
                "vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().contains(option)).findFirst().orElse(null))
                .click();
    }

    /** Opens a vaadin-select and clicks the item with this text. */
    void chooseInSelect(String id, String option) {
        inView(browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(id)))).click();
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().trim().equals(option)).findFirst().orElse(null))
                .click();
        browser.waiting().until(driver -> Boolean.FALSE.equals(browser.driver.executeScript(
                "return document.getElementById(arguments[0]).opened === true;", id)));
    }

    /** Sends a file to the vaadin-upload's file input, wherever this version of the component keeps it. */
    void attach(String uploadId, Path file) {
        WebElement upload = browser.driver.findElement(By.id(uploadId));
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement input = light.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : light.getFirst();
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Scrolls the element to the middle of the page first: the portal scrolls its content area, not
     * the document, and Chromium's own scrolling may leave a field under the fold.
     */
    WebElement inView(WebElement element) {
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        return element;
    }

    /** Waits until the upload's file has been sent: "complete", or the component's error or status text. */
    String uploadOutcome(String uploadId) {
        return browser.waiting().until(driver -> (String) browser.driver.executeScript("""
                const files = document.getElementById(arguments[0]).files || [];
                if (files.length === 0) return null;
                const f = files[0];
                if (f.complete) return 'complete';
                if (f.error) return 'error: ' + f.error;
                if (f.abort) return 'aborted';
                if (f.held) return 'held: ' + (f.status || '');
                return null;
                """, uploadId));
    }

    void clickWhenEnabled(String id) {
        WebElement button = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        browser.waiting().until(driver -> button.getDomAttribute("disabled") == null);
        inView(button).click();
    }

    WebElement visibleButton(String text) {
        return browser.waiting().until(driver -> driver.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().equals(text)).findFirst().orElse(null));
    }

    WebElement cellOf(String grid, String text) {
        return browser.waiting().until(driver -> driver.findElements(By.cssSelector(grid + " > vaadin-grid-cell-content"))
                .stream().filter(cell -> cell.getText().contains(text)).findFirst().orElse(null));
    }

    /**
     * The cell in column {@code column} of the row showing {@code text}. The grid renders every cell
     * as a light-DOM child slotted into its row in the shadow DOM, so the row is found from the slot.
     */
    WebElement cellInRowOf(String grid, String text, int column) {
        return browser.waiting().until(driver -> (WebElement) browser.driver.executeScript("""
                const grid = document.querySelector(arguments[0]);
                const cells = [...grid.querySelectorAll(':scope > vaadin-grid-cell-content')];
                const hit = cells.find(c => c.textContent.trim().startsWith(arguments[1]));
                if (!hit || !hit.assignedSlot) return null;
                const row = hit.assignedSlot.closest('tr');
                const slots = [...row.querySelectorAll(':scope > td slot')];
                const slot = slots[arguments[2]];
                return slot ? cells.find(c => c.slot === slot.name) : null;
                """, grid, text, column));
    }

    int columnIndex(String grid, String header) {
        Object index = browser.driver.executeScript("""
                const grid = document.querySelector(arguments[0]);
                const cells = [...grid.querySelectorAll(':scope > vaadin-grid-cell-content')];
                const hit = cells.find(c => c.textContent.trim() === arguments[1]);
                if (!hit || !hit.assignedSlot) return -1;
                const cell = hit.assignedSlot.closest('th, td');
                return [...cell.parentElement.children].indexOf(cell);
                """, grid, header);
        return ((Number) index).intValue();
    }

    void waitForNotification(String text) {
        browser.waiting().until(driver -> driver.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains(text)));
    }

    void waitForUrl(String part) {
        browser.waiting().until(ExpectedConditions.urlContains(part));
    }

    void waitForText(By locator, String text) {
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** The text Vaadin's Markdown component shows, read through its shadow root if it has one. */
    String markdownText(String container) {
        Object text = browser.driver.executeScript("""
                const md = document.querySelector(arguments[0] + ' vaadin-markdown');
                if (!md) return '';
                return (md.shadowRoot ? md.shadowRoot.textContent : '') + ' ' + md.textContent;
                """, container);
        return text == null ? "" : text.toString();
    }

    void waitForMarkdown(String container, String text) {
        browser.waiting().until(driver -> markdownText(container).contains(text));
    }
}
