package health.staffing.requisitions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.ViewTest;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.export.ExportFormat;
import health.staffing.base.export.TableWriter;
import health.staffing.base.ui.component.ExportLinks;
import health.staffing.requisitions.RequisitionListItem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The requisition grid as a file: its rows under the same filter and row rules, in its order; each test rolls back. */
@ViewTest
@Transactional
class RequisitionExportTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog auditLog;

    private RequisitionListView open(Map<String, String> filter) {
        UI.getCurrent().navigate(RequisitionListView.class, QueryParameters.simple(filter));
        return $(RequisitionListView.class).single();
    }

    private static List<String> csvReferences(ExportLinks.Source<RequisitionListItem> source) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.write(ExportFormat.CSV, source.columns(), source.rows(), ZoneId.of("UTC"), out);
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\r\n")).skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    private List<String> gridReferences(RequisitionListView view) {
        return IntStream.range(0, test(view.grid).size()).mapToObj(i -> test(view.grid).getRow(i).reference()).toList();
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void hr_exports_exactly_the_filtered_rows_in_the_grids_order_with_the_filter_in_the_file_name() throws Exception {
        RequisitionListView view = open(Map.of("status", "POSTED"));
        ExportLinks.Source<RequisitionListItem> source = view.exportSource();

        assertThat(csvReferences(source)).isNotEmpty().containsExactlyElementsOf(gridReferences(view));
        assertThat(source.filterDetail()).isEqualTo("status=POSTED");
        assertThat(ExportLinks.fileName("requisitions", source.filterWords(), LocalDate.of(2026, 12, 6),
                ExportFormat.XLSX)).isEqualTo("requisitions-status-posted-2026-12-06.xlsx");
        assertThat($(Anchor.class).id("export-requisitions-csv").getText()).isEqualTo("CSV");
        assertThat($(Anchor.class).id("export-requisitions-xlsx").getText()).isEqualTo("Excel");
    }

    @Test
    @WithMockUser(username = "deputycmo", roles = {"CMO_OFFICE", "HIRING_MANAGER", "CAREGIVER"})
    void a_hiring_manager_exports_only_what_their_grid_shows() throws Exception {
        RequisitionListView view = open(Map.of());

        List<String> exported = csvReferences(view.exportSource());

        assertThat(exported).containsExactlyElementsOf(gridReferences(view));
    }

    @Test
    @WithMockUser(username = "recruiter", roles = {"RECRUITER", "CAREGIVER"})
    void an_export_is_audited_with_its_format_rows_and_file() {
        auditLog.recordExport("requisitions", "CSV, 5 rows: requisitions-status-posted-2026-12-06.csv (status=POSTED)");

        assertThat(auditLog.historyOf("Export", "requisitions", PageRequest.of(0, 5))).extracting(AuditEvent::action,
                AuditEvent::after).contains(org.assertj.core.groups.Tuple.tuple("EXPORTED",
                        "CSV, 5 rows: requisitions-status-posted-2026-12-06.csv (status=POSTED)"));
    }
}
