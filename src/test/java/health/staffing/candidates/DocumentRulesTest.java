package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;

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
}
