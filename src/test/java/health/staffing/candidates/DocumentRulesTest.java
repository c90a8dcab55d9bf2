package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {

    static final long LIMIT = 10L * 1024 * 1024;

    private static java.util.Optional<String> check(String name, byte[] bytes) {
        return DocumentRules.problem(DocumentKind.CV, new UploadedDocument(name, "application/pdf", bytes), LIMIT);
    }

    @Test
    void a_real_pdf_and_a_real_docx_are_accepted_by_content() {
        assertThat(check("cv.pdf", TestDocuments.pdf())).isEmpty();
        assertThat(check("cv.docx", TestDocuments.docx())).isEmpty();
        assertThat(DocumentRules.contentType(TestDocuments.docx())).contains(DocumentRules.DOCX);
        assertThat(DocumentRules.contentType(TestDocuments.pdf())).contains(DocumentRules.PDF);
    }

    @Test
    void a_text_file_renamed_to_pdf_is_refused() {
        assertThat(check("cv.pdf", TestDocuments.text()))
                .contains("\"cv.pdf\" is not a PDF or Word (.docx) document, whatever its name says. Upload a PDF or a .docx file.");
    }

    @Test
    void an_executable_is_refused_under_any_name() {
        assertThat(check("setup.exe", TestDocuments.exe())).hasValueSatisfying(m -> assertThat(m).contains("is not a PDF"));
        assertThat(check("cv.pdf", TestDocuments.exe())).isPresent();
    }

    @Test
    void a_zip_that_is_not_a_word_document_is_refused() {
        assertThat(check("cv.docx", TestDocuments.zipWithoutWordDocument())).isPresent();
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(check("cv.pdf", new byte[0])).contains("The cv file is empty. Choose a PDF or Word (.docx) file.");
    }

    @Test
    void a_file_over_the_configured_limit_is_refused_with_both_sizes() {
        byte[] big = new byte[2048];
        System.arraycopy(TestDocuments.pdf(), 0, big, 0, 8);
        assertThat(DocumentRules.problem(DocumentKind.COVER_LETTER, new UploadedDocument("l.pdf", null, big), 1024))
                .contains("The cover letter is 2 KB; the limit is 1 KB.");
    }

    @Test
    void a_zip_bomb_before_the_word_document_is_refused_without_inflating_it() throws IOException {
        // 1 GB of zeros compresses to about a megabyte: inflating it would cost the server dearly.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("bomb.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        // Unbounded, the check would inflate the gigabyte and then find the document.
        assertThat(DocumentRules.hasWordDocument(out.toByteArray())).isFalse();
    }

    @Test
    void file_names_are_kept_without_paths_control_characters_or_excess_length() {
        assertThat(DocumentRules.safeFilename("C:\\Users\\jordan\\cv.pdf")).isEqualTo("cv.pdf");
        assertThat(DocumentRules.safeFilename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DocumentRules.safeFilename("cv\u202Efdp.exe")).isEqualTo("cvfdp.exe");
        assertThat(DocumentRules.safeFilename("line\r\nbreak.pdf")).isEqualTo("linebreak.pdf");
        assertThat(DocumentRules.safeFilename("..")).isEqualTo("document");
        String longName = "a".repeat(400) + ".docx";
        assertThat(DocumentRules.safeFilename(longName)).hasSize(DocumentRules.MAX_FILENAME).endsWith(".docx");
    }
}
