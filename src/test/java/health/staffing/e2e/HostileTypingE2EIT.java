package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.hostile.HostileInputs;
import health.staffing.hostile.HostileTrials.Outcome;
import health.staffing.hostile.HostileTrials;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForms;
import health.staffing.requisitions.RequisitionService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hostile corpus typed with the keyboard into the requisition form in Chromium, the way a
 * person (or a script driving a browser) would: one entry of each text family a keyboard can type
 * goes into the title of a draft and is saved. The browser's maxlength cuts what is too long; the rest is either refused
 * on the field with a message, the typed text still there and the draft unchanged, or saved and
 * shown back as text — no script runs, no error page. (The browserless trials send every entry,
 * typeable or not, past the browser's limits.)
 */
class HostileTypingE2EIT extends BrowserJourney {

    private static final int TITLE_MAX = 200;
    private static final Set<String> NUMBER_FAMILIES = Set.of("nan", "infinity", "huge", "negative", "exponent",
            "fraction", "dollar", "wrong", "arabic", "fullwidth", "date");

    @Autowired
    RequisitionService requisitions;

    @Test
    void the_corpus_typed_into_a_draft_is_refused_on_the_field_or_saved_and_shown_as_text() {
        RequisitionDetails draft = As.user("manager", () -> requisitions.create(RequisitionForms.qualityDirector()));
        PortalShell manager = LoginPage.open(browser, baseUrl()).signInAs("manager", PASSWORD);
        Widgets ui = new Widgets(browser);
        // One entry of each text family a keyboard can type (a title is no number: those families go to number fields).
        Set<String> families = new HashSet<>();
        List<HostileInputs.Input> typeable = HostileInputs.all().stream().filter(input -> typeable(input.value()))
                .filter(input -> !NUMBER_FAMILIES.contains(family(input)) && families.add(family(input))).toList();

        HostileTrials.of("requisition title typed in Chromium")
                .field("Title", typeable, value -> trial(manager, ui, draft.id(), value))
                .report();
        browser.screenshot("hostile-typing-last-trial");
    }

    private Outcome trial(PortalShell manager, Widgets ui, long id, String value) {
        String before = As.user("manager", () -> requisitions.details(id)).title();
        manager.goTo("/requisitions/" + id + "/edit").waitForContent("#title");
        ui.typeInto("title", value);
        ui.clickWhenEnabled("save-requisition");
        new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                .until(driver -> !manager.currentUrl().endsWith("/edit")
                || titleField().getDomAttribute("invalid") != null);
        assertThat(browser.driver.executeScript("return window.__xss;")).as("a script of the input ran").isNull();
        assertThat(browser.driver.findElements(By.cssSelector(".error-view, .not-found-view"))).isEmpty();

        String typed = value.length() > TITLE_MAX ? value.substring(0, TITLE_MAX) : value;
        String stored = As.user("manager", () -> requisitions.details(id)).title();
        if (manager.currentUrl().endsWith("/edit")) {
            assertThat(titleField().getDomProperty("errorMessage")).as("the message on the field").isNotBlank();
            assertThat(titleField().findElement(By.tagName("input")).getDomProperty("value")).isEqualTo(typed);
            assertThat(stored).as("the draft is unchanged").isEqualTo(before);
            return Outcome.REFUSED;
        }
        assertThat(stored).isEqualTo(typed.strip());
        manager.waitForContent("#requisition-title");
        assertThat(browser.driver.findElement(By.id("requisition-title")).getText()).as("shown back as text")
                .contains(stored.replaceAll("[\\u200B\\uFEFF]", "").strip());
        return Outcome.STORED;
    }

    private static String family(HostileInputs.Input input) {
        return input.name().split("-")[0];
    }

    private WebElement titleField() {
        return browser.driver.findElement(By.id("title"));
    }

    /**
     * What a keyboard sends through ChromeDriver: characters of the basic plane, no control keys;
     * and past the field's maxlength only a little (the browser stops there, more is only slower).
     */
    private static boolean typeable(String value) {
        return value.length() <= TITLE_MAX + 1 && value.chars().noneMatch(c -> Character.isISOControl(c)
                || Character.isSurrogate((char) c));
    }
}
