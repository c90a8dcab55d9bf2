package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole hiring journey for seed 002 ("Medical Director for Quality, Primary Care", Somerville)
 * in Chromium: a caregiver finds the posting with the job board's filters and applies with a CV, a
 * second caregiver applies too, HR moves both to interview and assigns two reviewers, each reviewer
 * scores both, HR compares them, makes Jordan an offer inside the posted range, Jordan accepts, and
 * the org chart seat shows Jordan as its incumbent.
 */
class HiringJourneyE2EIT extends BrowserJourney {

    private static final String TITLE = "Medical Director for Quality, Primary Care";
    private static final String SEAT = "MGB-MD-PCQ";
    private static final String JORDAN = "Jordan Ellis";
    private static final String ANITA = "Anita Shah";
    private static final DateTimeFormatter US_DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private static Path documents;
    private Widgets ui;

    @BeforeAll
    static void writeCvs() throws IOException {
        documents = Files.createTempDirectory("hiring-journey");
    }

    @AfterAll
    static void deleteCvs() throws IOException {
        try (var files = Files.list(documents)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(documents);
    }

    @Test
    void a_caregiver_finds_seed_002_applies_is_reviewed_compared_offered_and_hired() throws IOException {
        try {
            journey();
        } catch (RuntimeException | AssertionError | IOException failed) {
            browser.screenshot("hiring-failed");
            throw failed;
        }
    }

    private void journey() throws IOException {
        ui = new Widgets(browser);
        // 1. Jordan finds the posting through the job board's filters and applies with a CV.
        PortalShell jordan = signInAs("caregiver");
        String reference = findSeed002OnTheJobBoard(jordan);
        applyWithCv(jordan, reference, "jordan-ellis-cv.pdf", "Internal Medicine", "ABIM", "271845", 9, 6);
        browser.screenshot("hiring-03-my-applications");

        // 2. Anita applies to the same posting, so HR has someone to compare Jordan with.
        PortalShell anita = signInAs("pophealth");
        anita.goTo("/jobs/" + reference);
        applyWithCv(anita, reference, "anita-shah-cv.pdf", "Family Medicine", "ABFM", "198230", 14, 7);

        // 3. HR moves both to interview and asks the hiring manager and Dr. Raman to score them.
        PortalShell hr = signInAs("recruiter");
        CandidateGridPage grid = CandidateGridPage.open(hr, browser, reference);
        long jordanApplication = grid.applicationIdOf(JORDAN);
        long anitaApplication = grid.applicationIdOf(ANITA);
        browser.screenshot("hiring-grid");
        grid.move(List.of(JORDAN, ANITA), "Screening");
        grid.move(List.of(JORDAN, ANITA), "Interview");
        grid.assignReviewer(List.of(JORDAN, ANITA), "Maya", "(manager)");
        grid.assignReviewer(List.of(JORDAN, ANITA), "Priya", "(reviewer)");
        assertThat(grid.stageOf(JORDAN)).isEqualTo("Interview");
        assertThat(grid.stageOf(ANITA)).isEqualTo("Interview");
        browser.screenshot("hiring-04-grid-interview");

        // 4. Both reviewers score both candidates from their Reviews page.
        scoreAll("manager", jordanApplication, anitaApplication, 4, "Strong yes", 3, "Yes");
        scoreAll("reviewer", jordanApplication, anitaApplication, 5, "Yes", 3, "No");

        // 5. HR reads the two side by side.
        hr = signInAs("recruiter");
        compareSideBySide(hr, reference, jordanApplication, anitaApplication);

        // 6. Jordan is the finalist and gets an offer inside the posted range.
        hr.goTo("/candidates/" + jordanApplication + "?tab=scorecards").waitForContent("#application-scores");
        ui.waitForText(By.id("score-summary"), "from 2 scorecards");
        browser.screenshot("hiring-06-scorecards");
        CandidateGridPage.open(hr, browser, reference).move(List.of(JORDAN), "Finalist");
        BigDecimal amount = makeOfferWithinThePostedRange(hr, jordanApplication);

        jordan = signInAs("caregiver").goTo("/my-applications");
        acceptTheOffer(jordan, amount);

        hr = signInAs("recruiter").goTo("/candidates/" + jordanApplication + "?tab=offer");
        ui.waitForText(By.id("application-stage"), "Hired");
        ui.waitForText(By.id("offer-status"), "Accepted");
        ui.waitForText(By.id("current-offer"), SEAT);
        browser.screenshot("hiring-09-hired");

        hr.goTo("/org-chart?org=MGB&position=" + SEAT);
        ui.waitForText(By.id("detail-incumbent"), JORDAN);
        browser.screenshot("hiring-10-org-chart-seat");
    }

    // ------------------------------------------------------------------ the caregiver

    private PortalShell signInAs(String username) {
        return LoginPage.open(browser, baseUrl()).signInAs(username, PASSWORD);
    }

    /** Sets the filters one by one as a person would, checks the address keeps them, opens the posting. */
    private String findSeed002OnTheJobBoard(PortalShell caregiver) {
        caregiver.goTo("/jobs").waitForContent("#jobs");
        ui.typeInto("job-search", "quality");
        ui.waitForUrl("q=quality");
        ui.chooseInComboBox("job-near", "Somerville", "Somerville");
        ui.waitForUrl("near=");
        ui.typeInto("job-radius", "10");
        ui.waitForUrl("radius=10");
        ui.clickWhenEnabled("more-filters"); // category, date posted and salary are behind "More filters"
        ui.chooseInComboBox("job-category", "Physician", "Physician Leadership");
        ui.waitForUrl("category=Physician");
        ui.chooseInComboBox("job-posted", "7", "7 days");
        ui.waitForUrl("days=7");
        ui.typeInto("job-min-salary", "300000");
        ui.waitForUrl("minSalary=300000");
        assertThat(caregiver.currentUrl()).contains("q=quality", "near=", "radius=10", "category=Physician",
                "days=7", "minSalary=300000");
        ui.cellOf("#jobs", TITLE);
        // with every filter open the list still ends inside the window: no page scroll to reach its last role
        List<?> listAndWindow = (List<?>) browser.driver.executeScript("const list = document.getElementById('jobs')"
                + ".getBoundingClientRect(); return [list.top, list.bottom, window.innerHeight];");
        assertThat(((Number) listAndWindow.get(1)).doubleValue())
                .as("list top, bottom, window height: %s", listAndWindow)
                .isLessThanOrEqualTo(((Number) listAndWindow.get(2)).doubleValue());
        browser.screenshot("hiring-01-job-board-filtered");

        ui.cellOf("#jobs", TITLE).click();
        ui.waitForMarkdown("#job-posting", "Principal Duties");
        String reference = caregiver.currentUrl().replaceAll(".*/jobs/(\\d+).*", "$1");
        assertThat(ui.markdownText("#job-posting")).contains(TITLE, "$280,000", "$340,000");
        browser.screenshot("hiring-02-posting");
        return reference;
    }

    /** From the posting page: Apply, declare credentials, attach a CV, submit, land on "My applications". */
    private void applyWithCv(PortalShell caregiver, String reference, String cvName, String specialty, String board,
            String licence, int clinicalYears, int leadershipYears) throws IOException {
        ApplyPage form = ApplyPage.fromPosting(caregiver, browser).degree("MD")
                .certification(specialty, board, "12/31/2031").licence("MA", licence, "06/30/2028")
                .cv(cv(cvName)).years(clinicalYears, leadershipYears, 1);
        browser.screenshot("hiring-apply-" + cvName.replace(".pdf", ""));
        form.submit();
        ui.waitForText(By.id("my-applications"), TITLE);
        ui.waitForText(By.id("my-applications"), "Job " + reference);
    }

    /** A small but real PDF: it starts with "%PDF-", which is what the content check looks for. */
    private static Path cv(String name) throws IOException {
        String pdf = "%PDF-1.4\n% Curriculum vitae\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return Files.writeString(documents.resolve(name), pdf, StandardCharsets.US_ASCII);
    }

    private void acceptTheOffer(PortalShell caregiver, BigDecimal amount) {
        caregiver.waitForContent("#my-applications");
        WebElement accept = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id^='accept-offer-']")));
        assertThat(browser.driver.findElement(By.cssSelector(".my-offer")).getText())
                .contains(String.format(Locale.US, "$%,d", amount.intValue()));
        browser.screenshot("hiring-08-offer-to-accept");
        ui.inView(accept).click();
        ui.waitForNotification("You accepted the offer");
        ui.waitForText(By.id("my-applications"), "Hired");
        browser.screenshot("hiring-08-offer-accepted");
    }

    // ------------------------------------------------------------------ HR

    /** HR ticks both rows, opens the side-by-side comparison and finds both there. */
    private void compareSideBySide(PortalShell hr, String reference, long first, long second) {
        CandidateGridPage.open(hr, browser, reference).select(JORDAN).select(ANITA).compareSelected();
        hr.waitForContent("#comparison");
        ui.waitForText(By.id("comparison"), JORDAN);
        ui.waitForText(By.id("comparison"), ANITA);
        assertThat(hr.currentUrl()).contains(String.valueOf(first), String.valueOf(second));
        browser.screenshot("hiring-comparison");
    }

    /** Reads the posted range from the Offer tab, offers its middle at 1.0 FTE from today, sees it extended. */
    private BigDecimal makeOfferWithinThePostedRange(PortalShell hr, long application) {
        hr.goTo("/candidates/" + application + "?tab=offer").waitForContent("#offer-form");
        String posted = browser.driver.findElement(By.id("offer-range")).getText();
        Matcher money = Pattern.compile("\\$([\\d,]+)").matcher(posted);
        assertThat(money.find()).as(posted).isTrue();
        BigDecimal low = new BigDecimal(money.group(1).replace(",", ""));
        assertThat(money.find()).as(posted).isTrue();
        BigDecimal high = new BigDecimal(money.group(1).replace(",", ""));
        assertThat(low).isEqualByComparingTo("280000");
        assertThat(high).isEqualByComparingTo("340000");
        BigDecimal amount = low.add(high).divide(BigDecimal.TWO).setScale(0);

        ui.typeInto("offer-amount", amount.toPlainString());
        ui.typeInto("offer-admin-fte", "0.5");
        browser.driver.findElement(By.cssSelector("#offer-start input"))
                .sendKeys(LocalDate.now().format(US_DAY), Keys.ENTER);
        ui.waitForText(By.id("offer-fit"), "Inside the posted range");
        browser.screenshot("hiring-07-offer-form");
        ui.clickWhenEnabled("make-offer");
        ui.waitForText(By.id("offer-status"), "Extended");
        assertThat(browser.driver.findElement(By.id("application-stage")).getText()).isEqualTo("Offer");
        browser.screenshot("hiring-07-offer-extended");
        return amount;
    }

    // ------------------------------------------------------------------ the reviewers

    private void scoreAll(String reviewer, long jordanApplication, long anitaApplication, int jordanRating,
            String jordanVerdict, int anitaRating, String anitaVerdict) {
        PortalShell shell = signInAs(reviewer);
        scoreFromReviews(shell, reviewer, jordanApplication, jordanRating, jordanVerdict);
        scoreFromReviews(shell, reviewer, anitaApplication, anitaRating, anitaVerdict);
    }

    /** Opens the application from "Reviews", rates every criterion, recommends, submits. */
    private void scoreFromReviews(PortalShell shell, String reviewer, long application, int rating, String verdict) {
        shell.goTo("/reviews").waitForContent("#my-reviews");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#my-reviews a[href$='reviews/" + application + "']"))).click();
        new ScorecardForm(browser).score(shell, rating, verdict, "hiring-05-scorecard-" + reviewer + "-" + application);
    }
}
