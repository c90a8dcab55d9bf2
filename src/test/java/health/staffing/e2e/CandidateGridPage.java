package health.staffing.e2e;

import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** HR's candidate grid for one requisition (/candidates?ref=…), as a recruiter works it. */
final class CandidateGridPage {

    private static final String GRID = "#applications";

    private final Browser browser;
    private final Widgets ui;

    private CandidateGridPage(Browser browser) {
        this.browser = browser;
        this.ui = new Widgets(browser);
    }

    static CandidateGridPage open(PortalShell hr, Browser browser, String reference) {
        hr.goTo("/candidates?ref=" + reference).waitForContent(GRID);
        return new CandidateGridPage(browser);
    }

    /** The application id behind a candidate's name: the name links to /candidates/{id}. */
    long applicationIdOf(String candidate) {
        WebElement link = browser.waiting().until(driver -> driver.findElements(By.cssSelector(GRID + " a"))
                .stream().filter(a -> a.getText().startsWith(candidate)).findFirst().orElse(null));
        return Long.parseLong(link.getDomAttribute("href").replaceAll(".*candidates/(\\d+).*", "$1"));
    }

    /** Ticks the row's checkbox unless it is already ticked (the grid is multi-select). */
    CandidateGridPage select(String candidate) {
        WebElement checkbox = checkboxOf(candidate);
        if (checkbox.getDomAttribute("checked") == null) {
            ui.inView(checkbox).click();
        }
        // Found again on every poll: the grid may re-render the row after the click.
        browser.waiting().until(driver -> checkboxOf(candidate).getDomAttribute("checked") != null);
        return this;
    }

    void move(List<String> candidates, String stage) {
        candidates.forEach(this::select);
        ui.chooseInSelect("move-to", stage);
        ui.clickWhenEnabled("move-selected");
        ui.waitForNotification(candidates.size() + (candidates.size() == 1 ? " application" : " applications")
                + " moved to " + stage.toLowerCase(Locale.ROOT));
        candidates.forEach(candidate -> browser.waiting().until(driver -> stage.equals(stageOf(candidate))));
    }

    /** Assigns the person found by typing {@code typed} and picking the option containing {@code option}. */
    void assignReviewer(List<String> candidates, String typed, String option) {
        candidates.forEach(this::select);
        ui.clickWhenEnabled("assign-selected");
        WebElement picker = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#assign-reviewer-picker input")));
        picker.sendKeys(typed);
        ui.pickComboBoxItem(option);
        browser.screenshot("hiring-assign-" + option.replaceAll("\\W", ""));
        ui.visibleButton("Assign").click();
        ui.waitForNotification(candidates.size() + " applications assigned for review.");
    }

    /** The Stage column of the candidate's row; empty while the row is not rendered. */
    String stageOf(String candidate) {
        return browser.driver.findElements(By.cssSelector(GRID + " > vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().startsWith(candidate)).findFirst()
                .map(cell -> ui.cellInRowOf(GRID, candidate, ui.columnIndex(GRID, "Stage")).getText())
                .orElse("");
    }

    /** Opens the side-by-side comparison of the selected rows. */
    void compareSelected() {
        ui.clickWhenEnabled("compare-selected");
        browser.waiting().until(ExpectedConditions.urlContains("/candidates/compare"));
    }

    private WebElement checkboxOf(String candidate) {
        return ui.cellInRowOf(GRID, candidate, 0).findElement(By.cssSelector("vaadin-checkbox"));
    }
}
