package health.staffing.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * A user journey in a real headless Chromium against the portal on a random port, with the demo
 * data of the test profile. One browser per class; it is quit whatever the tests did.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Tag("e2e")
@ExtendWith(ChromiumAvailability.class)
abstract class BrowserJourney {

    static final String PASSWORD = "leadership-demo";
    static Browser browser;
    /**
     * The security context strategy of the journeys' shared application context. A journey with its
     * own properties starts a second context, which installs its own strategy globally (Vaadin's);
     * it puts this one back when it ends, or the services of the shared context would no longer see
     * who a test signs in as.
     */
    static SecurityContextHolderStrategy sharedContextStrategy;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void rememberTheSharedSecurityStrategy() {
        if (getClass().getAnnotation(TestPropertySource.class) == null) {
            sharedContextStrategy = SecurityContextHolder.getContextHolderStrategy();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }
}
