package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signing in and out as each demo role, in a real headless Chromium against the running portal. */
class SignInJourneyE2EIT extends BrowserJourney {

    @ParameterizedTest(name = "{0} signs in and sees the menu of a {1}")
    @CsvSource(delimiter = '|', value = {
            "caregiver | Caregiver      | Jordan | Home, Jobs, My applications, Reviews, Approvals, Org chart",
            "manager   | Hiring manager | Maya   | Home, Dashboard, Jobs, My applications, Reviews, Requisitions, Candidates, Approvals, Approval history, Org chart",
            "recruiter | Recruiter (HR) | Sam    | Home, Dashboard, Jobs, My applications, Reviews, Requisitions, Candidates, Approvals, Approval history, Org chart, Employees, Message templates",
            "cmo       | CMO office     | Elena  | Home, Dashboard, Jobs, My applications, Reviews, Requisitions, Approvals, Approval history, Offer exceptions, Org chart",
            "finance   | Finance        | Chris  | Home, Dashboard, Jobs, My applications, Reviews, Requisitions, Approvals, Approval history, Org chart",
            "admin     | Administrator  | Alex   | Home, Dashboard, Jobs, My applications, Reviews, Requisitions, Approvals, Approval history, Org chart, Employees, Message templates, Administration, Approval chains"})
    void each_demo_role_signs_in_and_sees_its_menu(String username, String roleLabel, String givenName, String menu) {
        PortalShell portal = LoginPage.open(browser, baseUrl()).signInAs(username, PASSWORD);

        assertThat(portal.greeting()).endsWith(", " + givenName);
        assertThat(portal.roleBadges()).contains(roleLabel, "Caregiver");
        assertThat(portal.menuEntries()).containsExactlyElementsOf(List.of(menu.split(",\\s*")));
        if ("caregiver".equals(username) || "recruiter".equals(username)) {
            browser.screenshot("home-" + username);
        }
    }

    @Test
    void a_caregiver_cannot_reach_the_administration_page_by_its_address() {
        PortalShell portal = LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD);

        portal.goTo("/admin");

        assertThat(portal.showsNotAvailable()).isTrue();
        assertThat(portal.showsUserAdministration()).isFalse();
        browser.screenshot("admin-refused-caregiver");
    }

    @Test
    void an_administrator_opens_users_and_roles() {
        PortalShell portal = LoginPage.open(browser, baseUrl()).signInAs("admin", PASSWORD);

        portal.goTo("/admin");
        portal.waitForContent("#users");

        assertThat(portal.showsUserAdministration()).isTrue();
        browser.screenshot("admin-users");
    }

    @Test
    void signing_out_returns_to_the_sign_in_page_and_closes_the_session() {
        PortalShell portal = LoginPage.open(browser, baseUrl()).signInAs("finance", PASSWORD);

        portal.signOut();
        browser.driver.get(baseUrl() + "/");

        assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_message() {
        LoginPage page = LoginPage.open(browser, baseUrl());
        browser.screenshot("login");

        String wrongPassword = page.signInExpectingFailure("cmo", "not-the-password").errorText();
        browser.screenshot("login-error");
        String unknownUser = LoginPage.open(browser, baseUrl()).signInExpectingFailure("nobody", PASSWORD).errorText();

        assertThat(wrongPassword).isEqualTo(unknownUser).startsWith("Incorrect user name or password");
    }
}
