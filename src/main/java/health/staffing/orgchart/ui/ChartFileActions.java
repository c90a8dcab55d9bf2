package health.staffing.orgchart.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import health.staffing.orgchart.OrgChartCsvService;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.core.task.TaskExecutor;

/** HR's toolbar actions on the whole chart: a new organisation, the shown day as a CSV download, a CSV import. */
class ChartFileActions extends Div {

    ChartFileActions(OrgChartCsvService csv, TaskExecutor executor, ImportRuns runs, String username,
            Supplier<LocalDate> shownDay, Consumer<String> refresh, Runnable newOrganisation) {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            LocalDate day = shownDay.get();
            byte[] bytes = csv.export(day).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "org-chart-" + day + ".csv",
                    "text/csv;charset=UTF-8", bytes.length);
        }), "");
        export.setId("chart-export");
        Button exportButton = new Button("Export CSV", VaadinIcon.DOWNLOAD.create());
        exportButton.addThemeVariants(ButtonVariant.TERTIARY);
        export.add(exportButton);
        Button importButton = new Button("Import CSV", VaadinIcon.UPLOAD.create(),
                click -> {
                    ImportDialog dialog = new ImportDialog(csv, executor, runs, username, shownDay.get(),
                            report -> refresh.accept("Imported: " + report.summary()));
                    // Closed while its import ran: reopening shows that import, not an empty form.
                    runs.current(username).ifPresent(dialog::following);
                    dialog.open();
                });
        importButton.addThemeVariants(ButtonVariant.TERTIARY);
        importButton.setId("chart-import");
        Button create = new Button("New organisation", VaadinIcon.INSTITUTION.create(), click -> newOrganisation.run());
        create.addThemeVariants(ButtonVariant.TERTIARY);
        create.setId("chart-new-organisation");
        add(create, export, importButton);
        addClassName("chart-file-actions");
    }
}
