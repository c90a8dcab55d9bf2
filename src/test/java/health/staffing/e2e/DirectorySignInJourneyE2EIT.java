package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.base.DomainException;
import health.staffing.security.SignInRefused;
import health.staffing.security.SystemActor;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testidp.TestDirectory;
import testidp.TestIdentityProvider;
import testidp.TestIdentityProvider.Person;

/**
 * Signing in through the health system's directory, against real servers the test starts: an OpenID
 * provider (Spring Authorization Server, its own sign-in page) and an LDAP directory (UnboundID, nested
 * groups, a disabled account). Passwords are for the emergency administrator only ("break-glass"). The
 * portal runs on its own in-memory database so the accounts it binds and opens stay out of other tests.
 */
class DirectorySignInJourneyE2EIT extends BrowserJourney {

    static final String IDP_PASSWORD = "directory-password-1";
    /** Sam Patel's groups at the provider; a test changes them between sign-ins. */
    static final List<String> SAM_GROUPS = new CopyOnWriteArrayList<>(List.of("HR-Recruiters", "physician-leaders"));

    static final TestIdentityProvider provider = new TestIdentityProvider(List.of(
            new Person("spatel", IDP_PASSWORD, "sam.patel@staffing.example.org", "100012", SAM_GROUPS),
            new Person("akarim", IDP_PASSWORD, "Ahmed.Karim@staffing.example.org", "400004", List.of()),
            new Person("visitor", IDP_PASSWORD, "visitor@elsewhere.example.com", "999999", List.of("hr-recruiters")),
            new Person("selfmade", IDP_PASSWORD, "chris.donnelly@staffing.example.org", "100010", List.of(), false),
            new Person("impostor", IDP_PASSWORD, "sam.patel@staffing.example.org", "100012", List.of("cmo-office")),
            new Person("alex.rivera", IDP_PASSWORD, "alex.rivera@staffing.example.org", "100013", List.of())));

    static final TestDirectory directory = TestDirectory.start(List.of(
            new TestDirectory.Entry("dbrooks", IDP_PASSWORD, "100014", false),
            new TestDirectory.Entry("gwhitaker", IDP_PASSWORD, "400005", false),
            new TestDirectory.Entry("dmoreau", IDP_PASSWORD, "100011", true),
            new TestDirectory.Entry("outsider", IDP_PASSWORD, "999998", false)),
            List.of(new TestDirectory.Group("hr-recruiters", List.of(), List.of("talent-acquisition")),
                    new TestDirectory.Group("talent-acquisition", List.of(), List.of("ta-leadership")),
                    new TestDirectory.Group("ta-leadership", List.of("dbrooks"), List.of()),
                    new TestDirectory.Group("cmo-office", List.of("dmoreau"), List.of())));

    @DynamicPropertySource
    static void directoryServers(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:mem:portal-directory;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        properties.add("portal.sso.oidc.issuer", provider::issuer);
        properties.add("portal.sso.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
        properties.add("portal.sso.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        properties.add("portal.sso.oidc.organisation", () -> "Staffing Example Health");
        properties.add("portal.sso.ldap.url", directory::url);
        properties.add("portal.sso.ldap.base-dn", () -> TestDirectory.BASE_DN);
        properties.add("portal.sso.ldap.bind-dn", () -> TestDirectory.SERVICE_DN);
        properties.add("portal.sso.ldap.bind-password", () -> TestDirectory.SERVICE_PASSWORD);
        properties.add("portal.sso.ldap.user-search-base", () -> "ou=people");
        properties.add("portal.sso.ldap.user-search-filter", () -> "(&(uid={0})(!(nsAccountLock=true)))");
        properties.add("portal.sso.ldap.group-search-base", () -> "ou=groups");
        properties.add("portal.sso.ldap.employee-attribute", () -> "employeeNumber");
        properties.add("portal.sso.ldap.match-on", () -> "employee-number");
        properties.add("portal.sso.groups.recruiter", () -> "hr-recruiters");
        properties.add("portal.sso.groups.hiring-manager", () -> "physician-leaders");
        properties.add("portal.sso.groups.cmo-office", () -> "cmo-office");
        properties.add("portal.sign-in.passwords", () -> "break-glass");
        properties.add("portal.sign-in.break-glass", () -> "admin");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuthenticationManager signIn;
    @Autowired
    UserAccountService accounts;

    /** This journey runs in its own application context; the journeys after it use the shared one. */
    @AfterAll
    static void stopServersAndRestoreTheSharedSecurityStrategy() {
        provider.close();
        directory.close();
        if (sharedContextStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(sharedContextStrategy);
        }
    }

    /** After the portal's context is up (see {@link TestIdentityProvider#TestIdentityProvider(List)}). */
    @BeforeEach
    void startTheProviderForThisPortal() {
        provider.start().allowPortal(baseUrl());
        SAM_GROUPS.clear();
        SAM_GROUPS.addAll(List.of("HR-Recruiters", "physician-leaders"));
    }

    // --- OpenID Connect, in Chromium ---------------------------------------------------------------

    @Test
    void a_recruiter_signs_in_on_the_providers_page_lands_with_the_groups_roles_and_signs_out_of_both() {
        signedOutOfTheProvider();
        browser.driver.get(baseUrl() + "/login");
        var button = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("sso-sign-in")));
        assertThat(button.getText()).isEqualTo("Sign in with Staffing Example Health");
        browser.screenshot("sso-sign-in-page");

        long started = System.nanoTime();
        button.click();
        browser.waiting().until(ExpectedConditions.urlContains("127.0.0.1"));
        browser.screenshot("sso-provider-sign-in");
        browser.driver.findElement(By.id("username")).sendKeys("spatel");
        browser.driver.findElement(By.id("password")).sendKeys(IDP_PASSWORD);
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
        PortalShell portal = new PortalShell(browser, baseUrl());
        portal.waitForContent("#greeting");
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("OIDC sign-in in Chromium (button to home, through the provider's page): %d ms%n", millis);

        assertThat(portal.greeting()).endsWith(", Sam");
        assertThat(portal.roleBadges()).contains("Recruiter (HR)", "Hiring manager", "Caregiver");
        browser.screenshot("sso-signed-in-recruiter");
        assertThat(account("recruiter")).containsEntry("source", "OIDC")
                .containsEntry("external_id", provider.issuer() + "#spatel");

        portal.signOut();
        browser.waiting().until(ExpectedConditions.urlContains("signed-out"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".login-note"),
                "signed out of the portal and of your organisation"));
        // Signed out at the provider too: the button asks for the password again.
        browser.driver.findElement(By.id("sso-sign-in")).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.driver.getCurrentUrl()).startsWith(provider.issuer() + "/login");
    }

    @Test
    void someone_the_provider_knows_but_hr_does_not_is_told_why_in_chromium() {
        signedOutOfTheProvider();
        browser.driver.get(baseUrl() + "/login");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("sso-sign-in"))).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys("visitor");
        browser.driver.findElement(By.id("password")).sendKeys(IDP_PASSWORD);
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.urlContains("sso-refused=not-in-directory"));
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".login-note"),
                "not in the portal's employee directory"));
        browser.screenshot("sso-refused-not-in-directory");
        assertThat(count("select count(*) from app_user where username like 'visitor%'")).isZero();
    }

    // --- OpenID Connect, over plain HTTP (the protocol, no browser) ---------------------------------

    @Test
    void the_provider_advertises_what_the_portal_relies_on() throws Exception {
        String discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(provider.issuer() + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        System.out.println("Discovery: " + discovery);
        assertThat(discovery).contains("\"end_session_endpoint\"", "\"userinfo_endpoint\"", "\"jwks_uri\"");
    }

    @Test
    void an_employee_without_an_account_gets_one_at_first_sign_in_matched_by_email_whatever_its_case() throws Exception {
        assertThat(signInThroughTheProvider("akarim")).isEqualTo("/");

        Map<String, Object> account = account("ahmed.karim@staffing.example.org");
        assertThat(account).containsEntry("source", "OIDC").containsEntry("display_name", "Ahmed Karim, MD")
                .containsEntry("enabled", true);
        assertThat(account.get("last_sign_in_at")).isNotNull();
        assertThat(roles("ahmed.karim@staffing.example.org")).containsExactly("CAREGIVER");
        assertThat(audit("UserAccount", "CREATED")).anyMatch(line -> line.contains("ahmed.karim@staffing.example.org"));
    }

    @Test
    void roles_follow_the_groups_at_every_sign_in_and_nothing_else_raises_them() throws Exception {
        assertThat(signInThroughTheProvider("spatel")).isEqualTo("/");
        assertThat(roles("recruiter")).containsExactly("CAREGIVER", "HIRING_MANAGER", "RECRUITER");

        SAM_GROUPS.remove("physician-leaders");
        SAM_GROUPS.add("Domain Users"); // a group no role is mapped to
        assertThat(signInThroughTheProvider("spatel")).isEqualTo("/");
        assertThat(roles("recruiter")).containsExactly("CAREGIVER", "RECRUITER");
        assertThat(audit("UserAccount", "ROLES_FROM_DIRECTORY")).isNotEmpty();
    }

    @Test
    void another_identity_with_the_same_email_cannot_take_over_a_bound_account() throws Exception {
        assertThat(signInThroughTheProvider("spatel")).isEqualTo("/");

        assertThat(signInThroughTheProvider("impostor")).isEqualTo("/login?sso-refused=bound-elsewhere");
        assertThat(roles("recruiter")).doesNotContain("CMO_OFFICE");
    }

    @Test
    void an_unverified_email_and_a_disabled_account_are_refused_with_their_reason() throws Exception {
        assertThat(signInThroughTheProvider("selfmade")).isEqualTo("/login?sso-refused=unverified-email");

        jdbc.sql("update app_user set enabled = false where username = 'admin'").update();
        try {
            assertThat(signInThroughTheProvider("alex.rivera")).isEqualTo("/login?sso-refused=disabled");
        } finally {
            jdbc.sql("update app_user set enabled = true where username = 'admin'").update();
        }
        assertThat(audit("SignIn", "SIGN_IN_FAILED")).anyMatch(line -> line.contains("disabled"))
                .anyMatch(line -> line.contains("unverified-email"));
    }

    @Test
    void an_administrator_cannot_give_a_directory_account_a_portal_password_or_roles_its_groups_do_not_give() throws Exception {
        assertThat(signInThroughTheProvider("spatel")).isEqualTo("/");
        UserSummary sam = SystemActor.call(() -> accounts.findByUsername("recruiter")).orElseThrow();

        assertThatThrownBy(() -> SystemActor.call(() -> accounts.resetPassword(sam.id(), sam.version())))
                .isInstanceOf(DomainException.class).hasMessageContaining("signs in through Single sign-on (OIDC)");
        assertThatThrownBy(() -> SystemActor.call(() -> accounts.changeRoles(sam.id(), sam.version(),
                List.of("CAREGIVER", "ADMIN")))).isInstanceOf(DomainException.class)
                .hasMessageContaining("follow their directory groups");
        assertThat(roles("recruiter")).doesNotContain("ADMIN");
    }

    // --- Passwords: only the emergency administrator -----------------------------------------------

    @Test
    void only_the_emergency_administrator_signs_in_with_a_portal_password() {
        assertThat(authenticate("admin", PASSWORD).getName()).isEqualTo("admin");
        assertThatThrownBy(() -> authenticate("caregiver", PASSWORD)).isInstanceOf(BadCredentialsException.class);
    }

    // --- LDAP, through the sign-in form --------------------------------------------------------------

    @Test
    void a_directory_user_signs_in_with_the_network_password_and_gets_roles_through_nested_groups() {
        Authentication signedIn = authenticate("dbrooks", IDP_PASSWORD);

        assertThat(signedIn.getName()).isEqualTo("talent");
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_CAREGIVER", "ROLE_RECRUITER");
        assertThat(account("talent")).containsEntry("source", "LDAP")
                .containsEntry("external_id", "ldap:" + TestDirectory.dnOf("dbrooks"));
    }

    @Test
    void a_wrong_network_password_a_disabled_directory_account_and_a_stranger_are_refused() {
        assertThatThrownBy(() -> authenticate("dbrooks", "not-the-password")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate("dmoreau", IDP_PASSWORD)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate("outsider", IDP_PASSWORD)).isInstanceOf(SignInRefused.class)
                .hasMessageContaining("not in the portal's employee directory");
        assertThat(count("select count(*) from app_user where employee_id = (select id from employee"
                + " where employee_number = '100011')")).isZero();
    }

    @Test
    void a_directory_user_signs_in_in_chromium_with_the_network_user_name() {
        LoginPage page = LoginPage.open(browser, baseUrl());
        assertThat(browser.driver.executeScript("return document.querySelector('vaadin-login-form').i18n.form.title"))
                .isEqualTo("Sign in with your network account");
        PortalShell portal = page.signInAs("gwhitaker", IDP_PASSWORD);

        assertThat(portal.greeting()).endsWith(", Grace");
        assertThat(account("grace.whitaker@staffing.example.org")).containsEntry("source", "LDAP");
        browser.screenshot("ldap-signed-in-new-account");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private Authentication authenticate(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private void signedOutOfTheProvider() {
        browser.driver.get(provider.issuer() + "/login");
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(baseUrl() + "/login");
        browser.driver.manage().deleteAllCookies();
    }

    /**
     * The whole code flow over HTTP as a browser would do it: portal → provider's sign-in page → its form
     * (with its CSRF token) → back to the portal with a code → the portal's landing page.
     *
     * @return where the portal finally sent the person: its path and query
     */
    private String signInThroughTheProvider(String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Landing page = follow(client, URI.create(baseUrl() + "/oauth2/authorization/sso"));
        assertThat(page.uri().toString()).startsWith(provider.issuer() + "/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("the provider's sign-in form has a CSRF token").isTrue();
        String form = Map.of("username", username, "password", IDP_PASSWORD, "_csrf", csrf.group(1)).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(provider.issuer() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        URI next = URI.create(provider.issuer() + "/login").resolve(posted.headers().firstValue("Location").orElseThrow());
        URI landed = follow(client, next).uri();
        assertThat(landed.getPort()).as("back at the portal").isEqualTo(port);
        return landed.getRawPath() + (landed.getRawQuery() == null ? "" : "?" + landed.getRawQuery());
    }

    private record Landing(URI uri, String body) {
    }

    private static Landing follow(HttpClient client, URI start) throws IOException, InterruptedException {
        URI at = start;
        for (int hop = 0; hop < 15; hop++) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(at).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            var location = answer.headers().firstValue("Location");
            if (answer.statusCode() / 100 != 3 || location.isEmpty()) {
                assertThat(answer.statusCode()).as("answer of " + at).isEqualTo(200);
                return new Landing(at, answer.body());
            }
            at = at.resolve(location.get());
        }
        throw new AssertionError("More than 15 redirects from " + start);
    }

    private Map<String, Object> account(String username) {
        return jdbc.sql("select source, external_id, display_name, enabled, last_sign_in_at from app_user"
                + " where username = :username").param("username", username).query().singleRow();
    }

    private List<String> roles(String username) {
        return jdbc.sql("select r.role from app_user_role r join app_user u on u.id = r.user_id"
                + " where u.username = :username order by r.role").param("username", username).query(String.class).list();
    }

    private List<String> audit(String entityType, String action) {
        return new ArrayList<>(jdbc.sql("select coalesce(actor, '') || ' ' || coalesce(entity_id, '') || ' '"
                + " || coalesce(after_state, '') from audit_event where entity_type = :type and action = :action")
                .param("type", entityType).param("action", action).query(String.class).list());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
