package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.PortalProcess;
import health.staffing.RequiredInfrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.util.FileSystemUtils;

/**
 * Two portal instances on one PostgreSQL behind a real HAProxy with sticky sessions, as the README
 * configures it: both start at once on an empty schema (the start-up work is done once), each browser
 * stays on its instance, the same approval step decided on both is won by one and the other approver is
 * told who decided, and a posting published on one instance is on the job board of the other.
 */
@Tag("e2e")
@ExtendWith({ChromiumAvailability.class, TwoInstancesE2EIT.Infrastructure.class})
class TwoInstancesE2EIT {

    static final String PASSWORD = "leadership-demo";
    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    static final String SCHEMA = "two_instances";
    static final Duration START = Duration.ofMinutes(4);
    static final String RACED = "Medical Director, Behavioral Health Integration";
    static final String POSTED = "Medical Director, Patient Safety";

    static final Path directory = Path.of("target", "two-instances").toAbsolutePath();
    static final List<AutoCloseable> running = new ArrayList<>();
    static int[] ports;
    static String proxy;

    /** Needs PostgreSQL and HAProxy besides Chromium; CI installs both, a newcomer's machine may skip. */
    static final class Infrastructure implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!Files.isExecutable(HAPROXY)) {
                return RequiredInfrastructure.unavailable("HAProxy is not installed at " + HAPROXY);
            }
            try (Connection ignored = database()) {
                return ConditionEvaluationResult.enabled("PostgreSQL and HAProxy are here");
            } catch (SQLException unreachable) {
                return RequiredInfrastructure.unavailable("PostgreSQL does not answer: " + unreachable.getMessage());
            }
        }
    }

    @BeforeAll
    static void twoInstancesBehindHaproxy() throws Exception {
        FileSystemUtils.deleteRecursively(directory);
        Files.createDirectories(directory);
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
        ports = new int[] {freePort(), freePort(), freePort()};
        // Both at once, on an empty schema: migrations, default approval chains and the demo data race.
        PortalProcess app1 = instance("app1", ports[0]);
        PortalProcess app2 = instance("app2", ports[1]);
        app1.awaitReady(ports[0], START);
        app2.awaitReady(ports[1], START);
        for (int port : new int[] {ports[0], ports[1]}) { // the first page of an instance starts Vaadin
            assertThat(PortalProcess.status("http://127.0.0.1:" + port + "/login")).isEqualTo(200);
        }
        Files.writeString(directory.resolve("haproxy.cfg"), """
                global
                    maxconn 200
                defaults
                    mode http
                    timeout connect 5s
                    timeout client 1h
                    timeout server 1h
                    timeout tunnel 1h
                frontend portal
                    bind 127.0.0.1:%d
                    default_backend portal
                backend portal
                    balance roundrobin
                    cookie PORTALSRV insert indirect nocache httponly
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    server app1 127.0.0.1:%d check inter 1s cookie app1
                    server app2 127.0.0.1:%d check inter 1s cookie app2
                """.formatted(ports[2], ports[0], ports[1]));
        PortalProcess haproxy = PortalProcess.startCommand(directory.resolve("haproxy.log"),
                List.of(HAPROXY.toString(), "-db", "-f", directory.resolve("haproxy.cfg").toString()));
        running.add(haproxy);
        proxy = "http://localhost:" + ports[2];
        haproxy.await(() -> PortalProcess.status(proxy + "/login") == 200, "HAProxy answering", Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (AutoCloseable process : running) {
            process.close();
        }
        running.clear();
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void start_up_work_was_done_once_though_both_instances_started_together() throws Exception {
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            assertThat(count(statement, "select count(*) from " + SCHEMA + ".approval_chain"))
                    .as("one default chain per kind").isEqualTo(2);
            assertThat(count(statement, "select count(*) from " + SCHEMA + ".app_user where username = 'admin'"))
                    .isOne();
            assertThat(count(statement, "select count(*) from " + SCHEMA + ".requisition where title = '" + RACED
                    + "'")).as("the demo data loaded once").isOne();
        }
    }

    @Test
    void the_same_step_decided_on_both_instances_is_won_by_one_and_the_other_is_told() {
        try (Browser one = new Browser(); Browser two = new Browser()) {
            PortalShell first = signInOn(one, "app1", "finance");
            PortalShell second = signInOn(two, "app2", "finance");
            openInInbox(one, first);
            openInInbox(two, second);

            one.waiting().until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
            assertThat(lastNotification(one)).startsWith(RACED + ": ");
            two.waiting().until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
            assertThat(lastNotification(two)).contains("decided by Chris Donnelly", "inbox now shows what still waits");
            two.screenshot("two-instances-1-decided-on-the-other");

            assertThat(uiRequests(ports[0], "/approvals")).as("the first browser stayed on app1").isPositive();
            assertThat(uiRequests(ports[1], "/approvals")).as("the second browser stayed on app2").isPositive();
        }
    }

    @Test
    void a_posting_published_on_one_instance_is_on_the_job_board_of_the_other() throws Exception {
        long requisition;
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            requisition = count(statement, "select id from " + SCHEMA + ".requisition where title = '" + POSTED + "'");
        }
        try (Browser one = new Browser(); Browser two = new Browser()) {
            PortalShell cmo = signInOn(one, "app1", "cmo").goTo("/approvals");
            openInInbox(one, cmo, POSTED);
            one.waiting().until(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
            assertThat(lastNotification(one)).startsWith(POSTED + ": ");

            PortalShell recruiter = signInOn(one, "app1", "recruiter").goTo("/requisitions/" + requisition + "?tab=posting");
            recruiter.waitForContent("#publish-posting");
            WebElement overview = one.driver.findElements(By.cssSelector("vaadin-text-area.section-body textarea"))
                    .getFirst();
            overview.sendKeys("One accountable physician leader for patient safety across the academic centres.");
            one.driver.findElement(By.cssSelector("#posting-close input")).sendKeys("12/31/2027", Keys.ENTER);
            one.driver.findElement(By.id("publish-posting")).click();
            one.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("requisition-status"),
                    "Posted"));

            PortalShell caregiver = signInOn(two, "app2", "caregiver").goTo("/jobs?q=Patient%20Safety");
            caregiver.waitForContent("#jobs");
            two.waiting().until(driver -> driver.findElements(By.cssSelector("#jobs vaadin-grid-cell-content")).stream()
                    .anyMatch(cell -> cell.getText().contains(POSTED)));
            two.screenshot("two-instances-2-posted-on-app1-seen-on-app2");
            assertThat(uiRequests(ports[1], "/jobs")).as("the caregiver was on app2").isPositive();
        }
    }

    /** Signs in through HAProxy, kept on {@code server} by its cookie. */
    private static PortalShell signInOn(Browser browser, String server, String username) {
        try {
            return loginPageOn(browser, server).signInAs(username, PASSWORD);
        } catch (RuntimeException failed) {
            browser.screenshot("two-instances-sign-in-failed-" + server + "-" + username);
            throw new AssertionError("Signing in as " + username + " on " + server + " failed at "
                    + browser.driver.getCurrentUrl() + " with cookies " + browser.driver.manage().getCookies()
                    + "; sign-ins recorded: " + signIns(username), failed);
        }
    }

    private static LoginPage loginPageOn(Browser browser, String server) {
        LoginPage.open(browser, proxy); // the first visit: HAProxy picks a server and sets its cookie
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().addCookie(new Cookie("PORTALSRV", server));
        browser.driver.get(proxy + "/login");
        return new LoginPage(browser, proxy);
    }

    private static List<String> signIns(String username) {
        List<String> events = new ArrayList<>();
        try (Connection connection = database(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("select action, coalesce(after_state, '') from " + SCHEMA
                        + ".audit_event where entity_type = 'SignIn' and actor = '" + username + "' order by id")) {
            while (rows.next()) {
                events.add(rows.getString(1) + " " + rows.getString(2));
            }
        } catch (SQLException e) {
            events.add(e.toString());
        }
        return events;
    }

    private static void openInInbox(Browser browser, PortalShell shell) {
        openInInbox(browser, shell.goTo("/approvals"), RACED);
    }

    private static void openInInbox(Browser browser, PortalShell shell, String title) {
        shell.waitForContent("#decision-detail h3");
        if (!browser.driver.findElement(By.cssSelector("#decision-detail h3")).getText().equals(title)) {
            browser.waiting().until(driver -> driver.findElements(By.cssSelector("#inbox > vaadin-grid-cell-content"))
                    .stream().filter(cell -> cell.getText().equals(title)).findFirst().orElse(null)).click();
        }
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#decision-detail h3"),
                title));
    }

    private static String lastNotification(Browser browser) {
        return browser.waiting().until(driver -> {
            var cards = driver.findElements(By.cssSelector("vaadin-notification-card"));
            return cards.isEmpty() ? null : cards.getLast().getText();
        });
    }

    /** How many Vaadin requests of a screen an instance served (its own metrics). */
    private static double uiRequests(int port, String route) {
        Matcher count = Pattern.compile("portal_ui_requests_seconds_count\\{[^}]*route=\"" + Pattern.quote(route)
                + "\"[^}]*type=\"uidl\"[^}]*} ([0-9.E]+)").matcher(PortalProcess.body(
                        "http://127.0.0.1:" + port + "/actuator/prometheus"));
        double total = 0;
        while (count.find()) {
            total += Double.parseDouble(count.group(1));
        }
        return total;
    }

    private static PortalProcess instance(String name, int port) throws IOException {
        PortalProcess instance = PortalProcess.start(directory.resolve(name + ".log"), "health.staffing.Application",
                List.of("--spring.profiles.active=demo", "--server.port=" + port, "--spring.datasource.url=" + url(),
                        "--spring.datasource.username=" + username(), "--spring.datasource.password=" + password(),
                        "--spring.flyway.schemas=" + SCHEMA, "--portal.demo.history=false",
                        "--portal.mail.enabled=false", "--portal.job-alerts.schedule=false",
                        "--logging.level.root=warn"));
        running.add(instance);
        return instance;
    }

    private static String url() {
        String base = System.getProperty("portal.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/portal_test");
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    private static String username() {
        return System.getProperty("portal.test.postgres.username", "portal");
    }

    private static String password() {
        return System.getProperty("portal.test.postgres.password", "portal");
    }

    static Connection database() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(System.getProperty("portal.test.postgres.url",
                "jdbc:postgresql://127.0.0.1:5432/portal_test"), username(), password());
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
