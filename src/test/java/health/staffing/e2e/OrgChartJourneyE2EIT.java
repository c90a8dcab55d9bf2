package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Reading and changing the org chart in a real headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("e2e")
@ExtendWith(ChromiumAvailability.class)
class OrgChartJourneyE2EIT {

    private static final String PASSWORD = "portal-demo";
    private static Browser browser;

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
        }
    }

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    @Test
    void a_caregiver_expands_the_chart_and_sees_the_labelled_dotted_line_of_seed_002() {
        LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD);
        OrgChartPage chart = OrgChartPage.open(browser, baseUrl(), "?org=MGB");

        assertThat(chart.visibleCodes()).contains("MGB-CEO", "MGB-CMO", "MGB-CPHO").doesNotContain("MGB-ACMO-PC");

        chart.expand("MGB-CMO").expand("MGB-ACMO-PC").expand("MGB-CPHO");

        assertThat(chart.visibleCodes()).contains("MGB-MD-PCQ", "MGB-ACPHO");
        assertThat(chart.dottedLines()).contains("MGB-MD-PCQ -> MGB-ACPHO");
        assertThat(chart.dottedLabels()).contains("population health");
        browser.screenshot("org-chart-dotted-line");
    }

    @Test
    void searching_a_person_focuses_their_position_and_lights_up_the_path_to_the_top() {
        LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD);
        OrgChartPage chart = OrgChartPage.open(browser, baseUrl(), "?org=MPH");

        chart.find("Okafor");

        assertThat(chart.selectedCode()).isEqualTo("MGB-ACMO-PC");
        assertThat(chart.codesOnPath()).containsExactlyInAnyOrder("MGB-ACMO-PC", "MGB-CMO", "MGB-CEO");
        assertThat(chart.detailTitle()).isEqualTo("Assistant Chief Medical Officer for Primary Care");
        assertThat(chart.currentUrl()).contains("org=MGB").contains("position=MGB-ACMO-PC");
        browser.screenshot("org-chart-search-path");
    }

    @Test
    void a_bookmarked_position_opens_with_its_details_and_both_directions_of_dotted_lines() {
        LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD);
        OrgChartPage chart = OrgChartPage.open(browser, baseUrl(), "?position=MGB-ACPHO");

        assertThat(chart.detailTitle()).isEqualTo("Associate Chief Population Health Officer");
        assertThat(chart.detailText("detail-dotted")).contains("from", "Medical Director for Primary Care Quality",
                "population health");
        assertThat(chart.detailText("detail-manager")).contains("Chief Population Health Officer");
    }

    @Test
    void hr_vacates_a_position_and_the_box_turns_vacant() {
        LoginPage.open(browser, baseUrl()).signInAs("recruiter", PASSWORD);
        OrgChartPage chart = OrgChartPage.open(browser, baseUrl(), "?position=MPH-MD-UM-2");

        chart.vacateSelected();

        browser.waiting().until(driver -> chart.box("MPH-MD-UM-2").getDomAttribute("class").contains("vacant"));
        assertThat(chart.detailText("detail-incumbent")).contains("VACANT");
        browser.screenshot("org-chart-hr-vacated");
    }
}
