package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Reading and changing the org chart in a real headless Chromium. */
class OrgChartJourneyE2EIT extends BrowserJourney {

    @Test
    void a_caregiver_expands_the_chart_and_sees_the_labelled_dotted_line_of_seed_002() {
        LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD);
        OrgChartPage chart = OrgChartPage.open(browser, baseUrl(), "?org=MGB");

        assertThat(chart.visibleCodes()).contains("MGB-CEO", "MGB-CMO", "MGB-CPHO").doesNotContain("MGB-ACMO-PC");

        chart.expand("MGB-CMO").expand("MGB-ACMO-PC").expand("MGB-CPHO");

        assertThat(chart.visibleCodes()).contains("MGB-MD-PCQ", "MGB-ACPHO");
        assertThat(chart.dottedLines()).contains("MGB-MD-PCQ -> MGB-ACPHO");
        assertThat(chart.dottedLabels()).contains("population health");
        // a vacant seat whose title takes two lines, with its badge and department
        assertThat(chart.box("MGB-MD-PCQ").getText()).contains("Quality", "VACANT");
        assertThat(chart.linesCutOff()).isEmpty();
        browser.screenshot("org-chart-dotted-line");

        chart.expand("MGB-RMD-PC");
        assertThat(chart.visibleCodes()).contains("MGB-PMD-REV", "MGB-PMD-BRO");
        chart.box("MGB-PMD-BRO").click();
        browser.screenshot("org-chart-practices-stacked");
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

    @Test
    void hr_imports_a_csv_file_whose_errors_are_listed_then_a_valid_one_that_adds_a_position() throws Exception {
        LoginPage.open(browser, baseUrl()).signInAs("recruiter", PASSWORD);
        OrgChartPage chart = OrgChartPage.open(browser, baseUrl(), "?org=MPH");
        assertThat(chart.exportOffered()).isTrue();
        String header = "position_id,title,department,entity,manager_position_id,incumbent_employee_id,fte,admin_fte,"
                + "location_city,location_state,dotted_lines\r\n";
        Path broken = Files.createTempFile("broken", ".csv");
        Files.writeString(broken, header
                + "MPH-MD-UM-3,\"Medical Director, Utilization Management\",UTILIZATION MANAGEMENT,MPH,MPH-NOPE,,1.00,0.80,New York,NY,\r\n"
                + "MPH-MD-UM-4,Medical Director,UTILIZATION MANAGEMENT,MPH,MPH-SDMD-UM,,1.50,0.80,New York,NY,\r\n");

        String refused = chart.importFile(broken, "import-check").importResult();
        browser.screenshot("org-chart-import-errors");

        assertThat(refused).contains("2 problems", "Nothing was changed");
        assertThat(browser.driver.findElement(org.openqa.selenium.By.id("import-errors")).getText())
                .contains("MPH-NOPE").contains("3");

        Path valid = Files.createTempFile("valid", ".csv");
        Files.writeString(valid, header
                + "MPH-MD-UM-3,\"Medical Director, Utilization Management\",UTILIZATION MANAGEMENT,MPH,MPH-SDMD-UM,,1.00,0.80,New York,NY,MPH-VP-CS:UM operations\r\n");
        chart.importFile(valid, "import-apply");
        browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                org.openqa.selenium.By.id("import-upload")));

        OrgChartPage imported = OrgChartPage.open(browser, baseUrl(), "?position=MPH-MD-UM-3");
        assertThat(imported.box("MPH-MD-UM-3").getText()).contains("VACANT");
        assertThat(imported.detailText("detail-manager")).contains("Senior Director of Medical Directors");
        assertThat(imported.detailText("detail-dotted")).contains("VP of Clinical Services", "UM operations");
    }
}
