package health.staffing.candidates;

import health.staffing.base.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An uploaded file, kept in the database (never under the web root). */
@Entity
@Table(name = "application_document")
public class ApplicationDocument extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private JobApplication application;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;
    // Repeats the kind for one-per-application kinds only, so the database's unique key holds them (V12).
    @Enumerated(EnumType.STRING)
    @Column(name = "single_kind", length = 20)
    private @Nullable DocumentKind singleKind;
    @Column(nullable = false, length = 255)
    private String filename;
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    // A plain byte[] maps to VARBINARY: bytea on PostgreSQL, BINARY VARYING on H2 (no LOB handles).
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected ApplicationDocument() {
    }

    ApplicationDocument(JobApplication application, DocumentKind kind, String filename, String contentType,
            byte[] content) {
        this.application = application;
        this.kind = kind;
        this.singleKind = kind.single() ? kind : null;
        this.filename = DocumentRules.safeFilename(filename);
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
    }

    /** Puts a new file in this one's place (a replaced CV keeps its row, so the unique key never sees two). */
    void replaceWith(String filename, String contentType, byte[] content) {
        this.filename = DocumentRules.safeFilename(filename);
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
    }

    JobApplication getApplication() {
        return application;
    }

    public ApplicationDetail.DocumentInfo toInfo() {
        return new ApplicationDetail.DocumentInfo(getId() == null ? 0 : getId(), kind, filename, contentType, sizeBytes);
    }

    public DocumentContent toContent() {
        return new DocumentContent(filename, contentType, content);
    }

    DocumentKind getKind() {
        return kind;
    }

    String getFilename() {
        return filename;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content;
    }
}
