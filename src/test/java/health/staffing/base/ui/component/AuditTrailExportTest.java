package health.staffing.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.base.AuditEvent;
import health.staffing.base.export.ExportColumn;
import health.staffing.base.export.ExportFormat;
import health.staffing.base.export.TableWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit trail as a file: the grid's columns, the event's words, and a stored text that looks like a formula stays text. */
class AuditTrailExportTest {

    @Test
    void the_trail_exports_with_the_grids_columns_and_neutralised_text() throws Exception {
        AuditEvent event = new AuditEvent(1, Instant.parse("2026-12-06T12:00:00Z"), "recruiter", "Requisition", "42",
                "DOTTED_LINE_ADDED", null, "=cmd|' /C calc'!A0");
        List<ExportColumn<AuditEvent>> columns = AuditTrailGrid.exportColumns(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableWriter.write(ExportFormat.CSV, columns, (number, size) -> number == 0 ? List.of(event) : List.of(),
                ZoneId.of("UTC"), out);

        assertThat(out.toString(StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "\uFEFFWhen,Who,Record,Action,Before,After",
                "2026-12-06 12:00,recruiter,Requisition 42,Dotted line added,,'=cmd|' /C calc'!A0");
        assertThat(AuditTrailGrid.exportColumns(false)).extracting(ExportColumn::header)
                .containsExactly("When", "Who", "What", "Details");
    }
}
