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

    /** The column's width (V6). */
    public static final int MAX_FILENAME = 255;
    static final int MAX_ENTRIES = 1000;
    static final long MAX_INFLATED = 50L * 1024 * 1024;
    static final int MAX_RATIO = 100;

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

    /**
     * Whether the ZIP holds {@code word/document.xml}. Bounded (a ZIP bomb costs little): at most
     * {@link #MAX_ENTRIES} entries are looked at, and the entries skipped on the way may inflate to
     * at most {@link #MAX_INFLATED} bytes in all and {@link #MAX_RATIO} times the file's size.
     */
    static boolean hasWordDocument(byte[] content) {
        long budget = Math.min(MAX_INFLATED, (long) content.length * MAX_RATIO);
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
                if (++entries >= MAX_ENTRIES) {
                    return false;
                }
                // Skipping an entry inflates it: count what it inflates to, and stop at the budget.
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    inflated += read;
                    if (inflated > budget) {
                        return false;
                    }
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }

    /**
     * The file name as it is kept and shown: the last path segment, without control or bidirectional
     * formatting characters, at most {@link #MAX_FILENAME} characters with its extension kept.
     */
    public static String safeFilename(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "document";
        }
        if (name.length() > MAX_FILENAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILENAME - extension.length()) + extension;
        }
        return name;
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
