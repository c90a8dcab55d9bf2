package health.staffing.candidates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Minimal real documents built in memory. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "<Types/>", "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>");
    }

    public static byte[] zipWithoutWordDocument() {
        return zip("readme.txt", "just a zip");
    }

    public static byte[] text() {
        return "Dear hiring committee, this is plain text.".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] exe() {
        byte[] bytes = new byte[64];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    public static UploadedDocument cv() {
        return new UploadedDocument("cv.pdf", "application/pdf", pdf());
    }

    private static byte[] zip(String... namesAndContents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
