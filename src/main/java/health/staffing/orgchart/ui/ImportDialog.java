package health.staffing.orgchart.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.shared.Registration;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.BoundedUpload;
import health.staffing.orgchart.CsvImportException;
import health.staffing.orgchart.ImportError;
import health.staffing.orgchart.ImportProgress;
import health.staffing.orgchart.ImportReport;
import health.staffing.orgchart.OrgChartCsvService;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Imports the chart from a CSV file as of a day. The file is checked whole first; problems are
 * listed with their line numbers and nothing changes. Checking and importing run in the
 * background with a progress bar, so a 20,000-row file does not freeze the page.
 */
class ImportDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ImportDialog.class);
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final OrgChartCsvService csv;
    private final Executor executor;
    private final ImportRuns runs;
    private final String username;
    private final Consumer<ImportReport> onImported;
    private @Nullable Registration following;

    final DatePicker effectiveFrom = new DatePicker("Changes take effect on");
    final Upload upload;
    final Button check = new Button("Check file");
    final Button importButton = new Button("Import");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph result = new Paragraph();
    final Grid<ImportError> errors = new Grid<>(ImportError.class, false);
    private byte @Nullable [] file;

    ImportDialog(OrgChartCsvService csv, Executor executor, ImportRuns runs, String username, LocalDate day,
            Consumer<ImportReport> onImported) {
        this.csv = csv;
        this.executor = executor;
        this.runs = runs;
        this.username = username;
        this.onImported = onImported;
        setHeaderTitle("Import the organisation from CSV");
        setWidth("46rem");

        Paragraph help = new Paragraph("Columns: position_id, title, department, entity, manager_position_id, "
                + "incumbent_employee_id, fte, admin_fte, location_city, location_state, dotted_lines "
                + "(CODE:label|CODE:label) — the format of Export CSV. Positions not in the file are left as they are.");
        help.addClassName("panel-description");
        effectiveFrom.setValue(day);
        effectiveFrom.setRequired(true);

        upload = new Upload(new BoundedUpload(MAX_BYTES, (metadata, bytes) -> {
            file = bytes;
            getUI().ifPresent(ui -> ui.access(() -> fileReceived(metadata.fileName(), bytes.length)));
        }, this::showProblem));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropLabel(new Span("Drop the CSV file here (at most 20 MB)"));
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
        upload.setId("import-upload");

        progress.setVisible(false);
        progressText.addClassName("panel-description");
        result.setId("import-result");
        errors.setId("import-errors");
        errors.addColumn(ImportError::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ImportError::message).setHeader("Problem").setFlexGrow(1);
        errors.setVisible(false);
        errors.setHeight("16rem");

        check.setId("import-check");
        check.setEnabled(false);
        check.addClickListener(click -> run(false));
        importButton.setId("import-apply");
        importButton.setEnabled(false);
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.addClickListener(click -> run(true));

        add(help, effectiveFrom, upload, progress, progressText, result, errors);
        getFooter().add(new Button("Close", click -> close()), check, importButton);
        addDetachListener(detached -> stopFollowing());
    }

    /** Shows a run this person started earlier (before a reload, say): its progress, then its result. */
    ImportDialog following(ImportRun run) {
        UI ui = UI.getCurrent();
        stopFollowing();
        following = run.follow(changed -> ui.access(() -> show(changed)));
        return this;
    }

    private void stopFollowing() {
        if (following != null) {
            following.remove();
            following = null;
        }
    }

    private void show(ImportRun run) {
        switch (run.state()) {
            case RUNNING -> {
                setBusy(true);
                ImportProgress step = run.progress();
                if (step != null) {
                    showProgress(step);
                }
            }
            case FINISHED -> finished(Objects.requireNonNull(run.report(), "a finished run has its report"));
            case REFUSED -> refused(run.errors());
            case FAILED -> showProblem(run.problem());
        }
        if (!run.running()) {
            stopFollowing();
            runs.shown(username, run);
        }
    }

    private void fileReceived(String name, int bytes) {
        // The file is kept here; clearing the list lets HR drop a corrected file straight away.
        upload.clearFileList();
        result.setText(name + " received (" + String.format("%,d", bytes) + " bytes). Check it or import it.");
        result.removeClassName("dialog-error");
        errors.setVisible(false);
        check.setEnabled(true);
        importButton.setEnabled(true);
    }

    private void run(boolean apply) {
        if (file == null) {
            showProblem("Choose a CSV file first.");
            return;
        }
        if (effectiveFrom.getValue() == null) {
            showProblem("Choose the day the changes take effect.");
            return;
        }
        LocalDate day = effectiveFrom.getValue();
        byte[] content = file;
        ImportRun run;
        try {
            run = runs.start(username);
        } catch (DomainException busy) {
            showProblem(busy.getMessage());
            return;
        }
        following(run);
        // The run, not this page, gets the progress and the result: a reload finds them (ImportRuns).
        executor.execute(DelegatingSecurityContextRunnable.create(() -> {
            try {
                ImportReport report = apply ? csv.importCsv(reader(content), day, run::progressed)
                        : csv.previewImport(reader(content), day, run::progressed);
                run.finished(report);
            } catch (CsvImportException invalid) {
                run.refused(invalid.errors());
            } catch (DomainException refused) {
                run.failed(refused.getMessage());
            } catch (RuntimeException failure) {
                log.error("CSV import failed", failure);
                run.failed("The import failed on our side and changed nothing. The error has been logged.");
            }
        }, null));
    }

    private static Reader reader(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private void showProgress(ImportProgress step) {
        progress.setValue(step.fraction());
        progressText.setText((step.phase() == ImportProgress.Phase.VALIDATING ? "Checking " : "Applying ")
                + String.format("%,d of %,d", step.done(), step.total()));
    }

    private void finished(ImportReport report) {
        setBusy(false);
        errors.setVisible(false);
        result.removeClassName("dialog-error");
        result.setText((report.applied() ? "Imported: " : "The file is valid. Importing it would change: ") + report.summary());
        if (report.applied()) {
            close();
            onImported.accept(report);
        }
    }

    private void refused(List<ImportError> problems) {
        setBusy(false);
        result.setText(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " found. Nothing was changed; correct the file and try again.");
        result.addClassName("dialog-error");
        errors.setItems(problems);
        errors.setVisible(true);
    }

    private void showProblem(String message) {
        setBusy(false);
        result.setText(message);
        result.addClassName("dialog-error");
    }

    private void setBusy(boolean busy) {
        progress.setVisible(busy);
        progress.setValue(0);
        progressText.setText(busy ? "Starting…" : "");
        check.setEnabled(!busy && file != null);
        importButton.setEnabled(!busy && file != null);
    }
}
