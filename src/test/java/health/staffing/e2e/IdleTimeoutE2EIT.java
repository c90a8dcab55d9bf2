package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * The idle sign-out holds although the page keeps sending Vaadin's heartbeat: with the session
 * timeout at its smallest (one minute, PORTAL_SESSION_TIMEOUT) and a heartbeat every five seconds,
 * a person who does nothing for a little over a minute is signed out and ends on the sign-in page
 * by the first heartbeat after the timeout. Without vaadin.closeIdleSessions the heartbeats would keep it
 * open forever.
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
    void an_idle_session_ends_although_the_heartbeat_keeps_running() {
        PortalShell caregiver = LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD);
        caregiver.goTo("/jobs").waitForContent("#jobs");
        Instant lastAction = Instant.now();

        // Nobody touches the page: only heartbeats reach the server. The first heartbeat after the
        // timeout ends the session and the page leaves for sign-in by itself, so nothing the person
        // saw stays on an unattended screen. A click here would count as activity and prove nothing.
        new WebDriverWait(browser.driver, Duration.ofSeconds(150)).until(ExpectedConditions.urlContains("/login"));

        assertThat(Duration.between(lastAction, Instant.now()))
                .as("the session ends at the idle timeout, not before")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(55));
        assertThat(caregiver.currentUrl()).contains("/login");
    }
}
