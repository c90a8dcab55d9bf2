package health.staffing.candidates.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import health.staffing.base.ui.component.BoundedUpload;
import health.staffing.candidates.DocumentKind;
import health.staffing.candidates.DocumentRules;
import health.staffing.candidates.UploadedDocument;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One document upload (CV, cover letter, reference…) checked by its content as soon as it arrives
 * and again before submitting: PDF or Word (.docx) only, within the size limit. The problem shows
 * under the upload; an accepted file stays attached while the rest of the form is corrected.
 */
public class DocumentUploadField extends Div {

    public final Upload upload = new Upload();
    public final Span file = new Span();
    public final Span error = new Span();
    private final long maxBytes;
    private final @Nullable String missing;
    private volatile DocumentKind kind;
    private volatile @Nullable UploadedDocument document;

    /**
     * @param missing the message when a required document was not attached, or null when it is optional
     */
    public DocumentUploadField(DocumentKind kind, long maxBytes, @Nullable String missing,
            @Nullable String heading) {
        this.kind = kind;
        this.maxBytes = maxBytes;
        this.missing = missing;
        addClassName("upload-block");
        error.addClassName("field-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        upload.setAcceptedFileTypes(".pdf", ".docx", DocumentRules.PDF, DocumentRules.DOCX);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        UI ui = UI.getCurrent();
        upload.setUploadHandler(new BoundedUpload(maxBytes, (metadata, bytes) -> {
            UploadedDocument received = new UploadedDocument(metadata.fileName(), metadata.contentType(), bytes);
            ui.access(() -> received(received));
        }, error::setText));
        upload.addFileRejectedListener(e -> error.setText(e.getErrorMessage()));
        // Removing the file from the list means "do not send it": a refused optional file then no longer blocks.
        upload.addFileRemovedListener(e -> {
            document = null;
            file.setText("");
            error.setText("");
        });
        Span hint = new Span("PDF or Word (.docx), up to " + (maxBytes / (1024 * 1024)) + " MB");
        hint.addClassName("panel-description");
        if (heading != null) {
            add(new H3(heading));
        }
        add(hint, upload, file, error);
    }

    private void received(UploadedDocument received) {
        Optional<String> problem = DocumentRules.problem(kind, received, maxBytes);
        error.setText(problem.orElse(""));
        if (problem.isEmpty()) {
            document = received;
            file.setText("Attached: " + received.filename());
        }
    }

    /** The document kind the file is checked as (a screen may let the user pick it). */
    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    /** The accepted file, or null. */
    public @Nullable UploadedDocument value() {
        return document;
    }

    /** Shows the problem under the upload; true when the field may be submitted as it is. */
    public boolean validate() {
        if (document == null) {
            if (missing != null && error.getText().isEmpty()) {
                error.setText(missing);
            }
            return missing == null && error.getText().isEmpty();
        }
        Optional<String> problem = DocumentRules.problem(kind, document, maxBytes);
        error.setText(problem.orElse(""));
        return problem.isEmpty();
    }

    /** Forgets the file, after it was sent. */
    void clear() {
        document = null;
        file.setText("");
        error.setText("");
        upload.clearFileList();
    }
}
