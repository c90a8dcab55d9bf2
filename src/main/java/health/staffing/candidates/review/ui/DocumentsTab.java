package health.staffing.candidates.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.CandidateDocumentService;
import health.staffing.candidates.DocumentKind;
import health.staffing.candidates.UploadedDocument;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.ui.ApplicationTab;
import health.staffing.candidates.ui.DocumentLinks;
import health.staffing.candidates.ui.DocumentUploadField;
import health.staffing.security.CurrentUser;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * HR's "Documents" tab of an application: every file on record to download, and attaching another
 * (reference letter, other document) or a new CV or cover letter in place of the one on file.
 */
@org.springframework.stereotype.Component
@Order(90)
class DocumentsTab implements ApplicationTab {

    private final CandidateDocumentService documents;
    private final CandidateReviewService review;
    private final ApplicationService applications;

    DocumentsTab(CandidateDocumentService documents, CandidateReviewService review, ApplicationService applications) {
        this.documents = documents;
        this.review = review;
        this.applications = applications;
    }

    @Override
    public String key() {
        return "documents";
    }

    @Override
    public String label() {
        return "Documents";
    }

    @Override
    public boolean appliesTo(ApplicationDetail application) {
        return CurrentUser.isHr();
    }

    @Override
    public Component content(ApplicationDetail application, Runnable onChange) {
        return new Content(application, onChange);
    }

    /** The list and the attach form of one application. */
    final class Content extends Div {
        final Select<DocumentKind> kind = new Select<>();
        final DocumentUploadField file;
        final Button attach = new Button("Attach");

        Content(ApplicationDetail application, Runnable onChange) {
            setId("documents-tab");
            addClassName("panel");
            UnorderedList list = new UnorderedList();
            list.setId("documents-list");
            long applicationId = application.id();
            for (ApplicationDetail.DocumentInfo document : application.documents()) {
                Span kindLabel = new Span(document.kind().label() + ": ");
                list.add(new ListItem(kindLabel, DocumentLinks.link(document,
                        () -> Optional.of(review.document(applicationId, document.id())))));
            }
            add(new H3("On file"), application.documents().isEmpty() ? new Paragraph("No documents.") : list);

            kind.setLabel("Kind");
            kind.setId("document-kind");
            kind.setItems(DocumentKind.values());
            kind.setItemLabelGenerator(DocumentKind::label);
            kind.setValue(DocumentKind.REFERENCE_LETTER);
            file = new DocumentUploadField(DocumentKind.REFERENCE_LETTER, applications.maxUploadBytes(),
                    "Choose the file to attach.", null);
            file.upload.setId("document-upload");
            file.error.setId("document-error");
            kind.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    file.setKind(e.getValue());
                }
            });
            attach.setId("attach-document");
            attach.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            attach.addClickListener(e -> {
                if (kind.getValue() == null || !file.validate()) {
                    return;
                }
                UploadedDocument chosen = file.value();
                if (chosen == null) {
                    return; // validate() refuses a missing file with its message
                }
                try {
                    documents.attach(applicationId, kind.getValue(), chosen);
                } catch (DomainException refused) {
                    file.error.setText(refused.getMessage());
                    return;
                }
                Notification.show(kind.getValue().label() + " attached.", 3000, Notification.Position.BOTTOM_START);
                onChange.run();
            });
            Paragraph hint = new Paragraph("A new CV or cover letter replaces the one on file; reference letters and "
                    + "other documents are added.");
            hint.addClassName("panel-description");
            add(new H3("Attach a document"), hint, kind, file, attach);
        }
    }
}
