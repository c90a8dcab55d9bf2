package health.staffing.candidates.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.DocumentContent;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * A download link for a stored document. The link is bound to this UI (no public URL by id): each
 * click asks the service again, which applies its row rule at that moment and answers 404 when the
 * caller may no longer see the file.
 */
public final class DocumentLinks {

    private DocumentLinks() {
    }

    public static Anchor link(ApplicationDetail.DocumentInfo document, SerializableSupplier<Optional<DocumentContent>> fetch) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            Optional<DocumentContent> file;
            try {
                file = fetch.get();
            } catch (DomainException notVisible) {
                file = Optional.empty();
            }
            return file.map(f -> new DownloadResponse(new ByteArrayInputStream(f.content()), f.filename(),
                    f.contentType(), f.content().length)).orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND));
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, document.filename() + " (" + size(document.sizeBytes())
                + ")");
        anchor.setId("document-" + document.id());
        anchor.addClassName("document-link");
        anchor.getElement().setAttribute("aria-label", "Download " + document.kind().label().toLowerCase(Locale.ROOT)
                + " " + document.filename());
        return anchor;
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : String.format(Locale.US, "%,d KB", (bytes + 1023) / 1024);
    }
}
