package health.staffing.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The org chart, as a person reads and uses it. */
final class OrgChartPage {

    private final Browser browser;

    OrgChartPage(Browser browser) {
        this.browser = browser;
    }

    static OrgChartPage open(Browser browser, String baseUrl, String query) {
        browser.driver.get(baseUrl + "/org-chart" + query);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart-box")));
        return new OrgChartPage(browser);
    }

    List<String> visibleCodes() {
        return browser.driver.findElements(By.cssSelector(".chart-box")).stream()
                .map(box -> box.getDomAttribute("data-code")).toList();
    }

    WebElement box(String code) {
        return browser.driver.findElement(By.cssSelector(".chart-box[data-code='" + code + "']"));
    }

    OrgChartPage expand(String code) {
        browser.driver.findElement(By.cssSelector(".box-toggle.closed[data-code='" + code + "']")).click();
        browser.waiting().until(driver -> !driver.findElements(By.cssSelector(".box-toggle.open[data-code='" + code + "']")).isEmpty());
        return this;
    }

    OrgChartPage select(String code) {
        box(code).click();
        browser.waiting().until(ExpectedConditions.attributeContains(
                By.cssSelector(".chart-box[data-code='" + code + "']"), "class", "selected"));
        return this;
    }

    /** Types into the search box and picks the first suggestion. */
    OrgChartPage find(String text) {
        WebElement input = browser.driver.findElement(By.cssSelector("#chart-search input"));
        input.click();
        input.sendKeys(text);
        browser.waiting().until(driver -> !driver.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waiting().until(driver -> !driver.findElements(By.id("selected-box")).isEmpty());
        return this;
    }

    String selectedCode() {
        return browser.driver.findElement(By.id("selected-box")).getDomAttribute("data-code");
    }

    List<String> codesOnPath() {
        return browser.driver.findElements(By.cssSelector(".chart-box.on-path")).stream()
                .map(box -> box.getDomAttribute("data-code")).toList();
    }

    /** The dashed curves' labels, each with the codes of the boxes it joins. */
    List<String> dottedLines() {
        return browser.driver.findElements(By.cssSelector(".chart-lines path.dotted")).stream()
                .map(path -> path.getDomAttribute("data-from") + " -> " + path.getDomAttribute("data-to"))
                .toList();
    }

    /**
     * The lines of the boxes that the browser drew cut off (taller than their room, or below the box's edge),
     * as "code: line"; only the row of flags may be cut.
     */
    @SuppressWarnings("unchecked")
    List<String> linesCutOff() {
        return (List<String>) browser.driver.executeScript("""
                const cut = [];
                for (const box of document.querySelectorAll('.chart-box')) {
                  const edge = box.getBoundingClientRect().bottom;
                  for (const line of box.querySelectorAll('.box-title, .box-person, .box-meta')) {
                    if (line.scrollHeight > line.clientHeight + 1 || line.getBoundingClientRect().bottom > edge) {
                      cut.push(box.dataset.code + ': ' + line.className);
                    }
                  }
                }
                return cut;""");
    }

    List<String> dottedLabels() {
        return browser.driver.findElements(By.cssSelector(".chart-lines text.dotted-label")).stream()
                .map(WebElement::getText).toList();
    }

    String detailTitle() {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-title"))).getText();
    }

    String detailText(String id) {
        return browser.driver.findElement(By.id(id)).getText();
    }

    OrgChartPage vacateSelected() {
        browser.driver.findElement(By.id("action-vacate")).click();
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("dialog-save"))).click();
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog-save")));
        return this;
    }

    /** Opens Import CSV, uploads the file and presses the given button (import-check or import-apply). */
    OrgChartPage importFile(java.nio.file.Path csv, String buttonId) {
        if (browser.driver.findElements(By.id("import-upload")).isEmpty()) {
            browser.driver.findElement(By.id("chart-import")).click();
        }
        WebElement upload = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
        List<WebElement> lightInputs = upload.findElements(By.cssSelector("input[type=file]"));
        WebElement fileInput = lightInputs.isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                : lightInputs.getFirst();
        fileInput.sendKeys(csv.toAbsolutePath().toString());
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-result"),
                csv.getFileName() + " received"));
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id(buttonId))).click();
        return this;
    }

    String importResult() {
        return browser.waiting().until(driver -> {
            String text = driver.findElement(By.id("import-result")).getText();
            return text.contains("received") || text.isBlank() ? null : text;
        });
    }

    boolean exportOffered() {
        return !browser.driver.findElement(By.id("chart-export")).getDomAttribute("href").isBlank();
    }

    String currentUrl() {
        return browser.driver.getCurrentUrl();
    }
}
