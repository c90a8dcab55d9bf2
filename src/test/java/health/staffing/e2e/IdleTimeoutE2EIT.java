package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * The idle sign-out holds although the page keeps sending Vaadin's heartbeat: with the session
 * timeout at its smallest (one minute, PORTAL_SESSION_TIMEOUT) and a heartbeat every five seconds,
 * a person who does nothing for a little over a minute is signed out and ends on the sign-in page
 * (at the next heartbeat or their next click, whichever comes first). Without vaadin.closeIdleSessions the heartbeats would keep it open forever.
 */
@TestPropertySource(properties = {"server.servlet.session.timeout=1m", "vaadin.heartbeatInterval=5"})
class IdleTimeoutE2EIT extends BrowserJourney {

    /** This journey runs in its own application context; the journeys after it use the shared one. */
    @AfterAll
    static void restoreTheSharedSecurityStrategy() {
        if (sharedContextStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(sharedContextStrategy);
        }
    }

    @Test
    void an_idle_session_ends_although_the_heartbeat_keeps_running() throws InterruptedException {
        PortalShell caregiver = LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD);
        caregiver.goTo("/jobs").waitForContent("#jobs");

        Thread.sleep(Duration.ofSeconds(80)); // idle: only heartbeats go to the server meanwhile

        // The next heartbeat after the timeout may already have sent the page to sign-in; if not, the
        // person's next click does.
        browser.driver.findElements(By.cssSelector("vaadin-side-nav-item[path='my-applications']"))
                .forEach(item -> item.click());
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/login"));
        assertThat(caregiver.currentUrl()).contains("/login");
    }
}
