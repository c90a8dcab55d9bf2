package health.staffing.orgchart.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.ViewTest;
import health.staffing.base.export.ExportFormat;
import health.staffing.base.export.TableWriter;
import health.staffing.base.ui.component.ExportLinks;
import health.staffing.orgchart.PositionSummary;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The org chart exports the vacant seats of the organisation and day it shows, for anyone who sees the chart. */
@ViewTest
class VacantSeatsExportTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "caregiver", roles = "CAREGIVER")
    void the_vacant_seats_of_the_organisation_shown_export_with_their_facts() throws Exception {
        UI.getCurrent().navigate(OrgChartView.class, QueryParameters.simple(Map.of("org", "MGB")));
        OrgChartView view = $(OrgChartView.class).single();

        assertThat($(Anchor.class).id("export-vacant-seats-csv").getText()).isEqualTo("CSV");
        ExportLinks.Source<PositionSummary> source = view.vacancies();
        List<PositionSummary> seats = source.rows().page(0, 1000);
        assertThat(seats).isNotEmpty().allSatisfy(seat -> {
            assertThat(seat.vacant()).isTrue();
            assertThat(seat.organisationCode()).isEqualTo("MGB");
        });
        assertThat(seats).extracting(PositionSummary::code).contains("MGB-MD-PCQ");
        assertThat(source.filterWords()).contains("org=MGB").contains("asOf=" + LocalDate.now());

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        long rows = TableWriter.write(ExportFormat.CSV, source.columns(), source.rows(), ZoneId.systemDefault(), csv);
        assertThat(rows).isEqualTo(seats.size());
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("Code,Seat,Entity,Department,City,State,FTE,"
                + "Admin FTE,Direct reports,Retirement risk").contains("MGB-MD-PCQ,Medical Director for Primary Care Quality,MGB");
    }
}
