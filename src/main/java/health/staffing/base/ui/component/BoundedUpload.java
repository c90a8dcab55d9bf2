package health.staffing.base.ui.component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * An upload handler that never holds more than its limit. The browser's maximum file size is only
 * a hint to a hostile client, and Vaadin's in-memory handler reads the whole body first: one POST
 * of several gigabytes to an upload address would fill the heap. This one refuses a declared size
 * above the limit before reading anything, reads at most limit + 1 bytes otherwise, and stops
 * there (the server discards the rest of the body and closes the connection). Vaadin's own size
 * limits are left unset on purpose: over them it throws and answers 500; this answers with a
 * refusal the upload shows. Bodies over the largest upload are refused before (multipart limit).
 */
public final class BoundedUpload implements UploadHandler {

    private final long maxBytes;
    private final InMemoryUploadCallback received;
    private final Consumer<String> refused;

    /**
     * @param received called with the whole file when it is within the limit
     * @param refused called (in the UI, under its lock) with the message when it is not
     */
    public BoundedUpload(long maxBytes, InMemoryUploadCallback received, Consumer<String> refused) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("An upload limit is between 1 byte and 2 GB: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] bytes;
        try (InputStream body = event.getInputStream()) {
            bytes = body.readNBytes((int) maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            refuse(event);
            return;
        }
        received.complete(new UploadMetadata(event.getFileName(), event.getContentType(), bytes.length), bytes);
    }

    /** How the limit reads to a person: "10 MB", or bytes for tiny limits. */
    public String limitText() {
        return maxBytes >= 1024 * 1024 ? (maxBytes / (1024 * 1024)) + " MB" : maxBytes + " bytes";
    }

    private void refuse(UploadEvent event) {
        String message = "The file is larger than " + limitText() + "; nothing was kept. Attach a smaller file.";
        event.reject(message);
        UI ui = event.getOwningElement() == null ? null : event.getUI();
        if (ui != null) {
            ui.access(() -> refused.accept(message));
        }
    }
}
