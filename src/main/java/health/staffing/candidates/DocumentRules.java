package health.staffing.candidates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Which uploads are accepted: PDF or Word (DOCX) only, recognised by their content, never by the name
 * or the browser's claim alone, and no larger than the configured limit.
 */
public final class DocumentRules {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private DocumentRules() {
    }

    /** The problem with this upload, or empty when it is acceptable. */
    public static Optional<String> problem(DocumentKind kind, UploadedDocument document, long maxBytes) {
        String what = kind.label();
        if (document == null || document.content() == null || document.content().length == 0) {
            return Optional.of("The " + what.toLowerCase(Locale.ROOT) + " file is empty. Choose a PDF or Word (.docx) file.");
        }
        if (document.size() > maxBytes) {
            return Optional.of("The " + what.toLowerCase(Locale.ROOT) + " is " + megabytes(document.size())
                    + "; the limit is " + megabytes(maxBytes) + ".");
        }
        String name = document.filename() == null ? "" : document.filename().toLowerCase(Locale.ROOT);
        Optional<String> detected = contentType(document.content());
        if (detected.isEmpty()) {
            return Optional.of("\"" + document.filename() + "\" is not a PDF or Word (.docx) document"
                    + (name.endsWith(".pdf") || name.endsWith(".docx") ? ", whatever its name says" : "")
                    + ". Upload a PDF or a .docx file.");
        }
        return Optional.empty();
    }

    /** The content type the bytes really are: PDF or DOCX, or empty for anything else. */
    public static Optional<String> contentType(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC) && hasWordDocument(content)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    private static boolean hasWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content != null && content.length >= magic.length
                && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
