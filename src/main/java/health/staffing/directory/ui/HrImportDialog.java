package health.staffing.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.BoundedUpload;
import health.staffing.directory.HrImportReport;
import health.staffing.directory.HrImportService;
import health.staffing.orgchart.CsvImportException;
import health.staffing.orgchart.ImportError;
import health.staffing.orgchart.ImportProgress;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The HR system's employee file, in: checked whole and previewed (what would be new, changed, moved,
 * terminated), then applied in one go, both in the background with progress. Problems are listed by line
 * and nothing changes.
 */
class HrImportDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(HrImportDialog.class);
    /** 100,000 employees at about 150 bytes a line, with room to spare. */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    private final HrImportService hrImport;
    private final Executor executor;
    private final Consumer<HrImportReport> onImported;

    final Upload upload;
    final Button check = new Button("Preview changes");
    final Button importButton = new Button("Apply");
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Paragraph result = new Paragraph();
    final Grid<String> preview = new Grid<>();
    final Grid<ImportError> errors = new Grid<>(ImportError.class, false);
    private byte @Nullable [] file;

    HrImportDialog(HrImportService hrImport, Executor executor, Consumer<HrImportReport> onImported) {
        this.hrImport = hrImport;
        this.executor = executor;
        this.onImported = onImported;
        setHeaderTitle("Import the HR system's employee file");
        setWidth("52rem");

        Paragraph help = new Paragraph("CSV with the columns employee_number, given_name, family_name, post_nominals,"
                + " email, work_location, position_code, manager_employee_number, hire_date, termination_date, fte"
                + " (dates as 2026-12-31). Employees not in the file are left as they are; an empty position code leaves"
                + " the seat as it is; a termination date today or earlier vacates the seat and disables the account now,"
                + " a later one on its day.");
        help.addClassName("panel-description");

        upload = new Upload(new BoundedUpload(MAX_BYTES, (metadata, bytes) -> {
            file = bytes;
            getUI().ifPresent(ui -> ui.access(() -> fileReceived(metadata.fileName(), bytes.length)));
        }, this::showProblem));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropLabel(new Span("Drop the HR file here (at most 50 MB)"));
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()));
        upload.setId("hr-import-upload");

        progress.setVisible(false);
        progressText.addClassName("panel-description");
        result.setId("hr-import-result");
        preview.setId("hr-import-preview");
        preview.addColumn(line -> line).setHeader("What changes (the first 100 of each kind)");
        preview.setVisible(false);
        preview.setHeight("16rem");
        errors.setId("hr-import-errors");
        errors.addColumn(ImportError::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ImportError::message).setHeader("Problem").setFlexGrow(1);
        errors.setVisible(false);
        errors.setHeight("16rem");

        check.setId("hr-import-check");
        check.setEnabled(false);
        check.addClickListener(click -> run(false));
        importButton.setId("hr-import-apply");
        importButton.setEnabled(false);
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.addClickListener(click -> run(true));

        add(help, upload, progress, progressText, result, preview, errors);
        getFooter().add(new Button("Close", click -> close()), check, importButton);
    }

    private void fileReceived(String name, int bytes) {
        upload.clearFileList();
        result.setText(name + " received (" + String.format("%,d", bytes) + " bytes). Preview the changes, then apply.");
        result.removeClassName("dialog-error");
        errors.setVisible(false);
        preview.setVisible(false);
        check.setEnabled(true);
        importButton.setEnabled(false);
    }

    private void run(boolean apply) {
        byte[] content = file;
        if (content == null) {
            showProblem("Choose the HR file first.");
            return;
        }
        UI ui = UI.getCurrent();
        setBusy(true);
        executor.execute(DelegatingSecurityContextRunnable.create(() -> {
            try {
                Consumer<ImportProgress> listener = step -> ui.access(() -> showProgress(step));
                HrImportReport report = apply ? hrImport.importFile(reader(content), listener)
                        : hrImport.preview(reader(content), listener);
                ui.access(() -> finished(report));
            } catch (CsvImportException invalid) {
                ui.access(() -> refused(invalid.errors()));
            } catch (DomainException refused) {
                ui.access(() -> showProblem(refused.getMessage()));
            } catch (RuntimeException failure) {
                log.error("HR file import failed", failure);
                ui.access(() -> showProblem("The import failed on our side and changed nothing. The error has been"
                        + " logged."));
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

    private void finished(HrImportReport report) {
        setBusy(false);
        errors.setVisible(false);
        result.removeClassName("dialog-error");
        if (report.applied()) {
            close();
            onImported.accept(report);
            return;
        }
        result.setText(report.noChanges() ? "The file matches the directory: nothing to change."
                : "The file is valid. Applying it would change: " + report.summary());
        preview.setItems(report.samples());
        preview.setVisible(!report.samples().isEmpty());
        importButton.setEnabled(!report.noChanges());
    }

    private void refused(List<ImportError> problems) {
        setBusy(false);
        importButton.setEnabled(false);
        result.setText(problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " found. Nothing was changed; correct the file and try again.");
        result.addClassName("dialog-error");
        preview.setVisible(false);
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
        if (busy) {
            importButton.setEnabled(false);
        }
    }
}
