package health.staffing.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.DemoSeed;
import health.staffing.base.AuditEvent;
import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.orgchart.SeatRequisitions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** HR attaches and replaces documents; the hiring team and the caregiver download them; every test rolls back. */
@DatabaseTest
@Transactional
class CandidateDocumentsIT {

    @Autowired
    CandidateDocumentService documents;
    @Autowired
    CandidateReviewService review;
    @Autowired
    ApplicationService applications;
    @Autowired
    SeatRequisitions seats;
    @Autowired
    AuditLog auditLog;

    private MyApplication jordan;

    @BeforeEach
    void jordan_applies_to_seed_002() {
        String quality = DemoSeed.PRIMARY_CARE_QUALITY_DIRECTOR.reference(seats);
        jordan = As.user("caregiver", () -> applications.apply(quality, ApplicationForms.complete()));
    }

    ApplicationDetail.DocumentInfo attach(DocumentKind kind, String filename, byte[] content) {
        return As.user("recruiter", () -> documents.attach(jordan.id(), kind,
                new UploadedDocument(filename, "application/octet-stream", content)));
    }

    List<ApplicationDetail.DocumentInfo> onFile() {
        return As.user("recruiter", () -> review.detail(jordan.id()).documents());
    }

    @Test
    void hr_attaches_several_references_and_other_files_but_a_new_cv_replaces_the_old_one() {
        attach(DocumentKind.REFERENCE_LETTER, "reference-1.pdf", TestDocuments.pdf());
        attach(DocumentKind.REFERENCE_LETTER, "reference-2.docx", TestDocuments.docx());
        attach(DocumentKind.OTHER, "publications.pdf", TestDocuments.pdf());
        ApplicationDetail.DocumentInfo cv = attach(DocumentKind.CV, "cv-2026.docx", TestDocuments.docx());

        assertThat(onFile()).extracting(ApplicationDetail.DocumentInfo::kind).containsExactlyInAnyOrder(DocumentKind.CV,
                DocumentKind.COVER_LETTER, DocumentKind.REFERENCE_LETTER, DocumentKind.REFERENCE_LETTER,
                DocumentKind.OTHER);
        assertThat(onFile()).filteredOn(d -> d.kind() == DocumentKind.CV).singleElement()
                .satisfies(d -> {
                    assertThat(d.filename()).isEqualTo("cv-2026.docx");
                    assertThat(d.id()).isEqualTo(cv.id());
                    assertThat(d.contentType()).isEqualTo(DocumentRules.DOCX);
                });
        List<AuditEvent> audit = As.user("recruiter", () -> auditLog.historyOf(ApplicationService.AUDIT_TYPE,
                jordan.id(), PageRequest.of(0, 10)));
        assertThat(audit).extracting(AuditEvent::action).contains("DOCUMENT_ATTACHED", "DOCUMENT_REPLACED");
        assertThat(audit.getFirst().action()).isEqualTo("DOCUMENT_REPLACED");
        assertThat(audit.getFirst().before()).isEqualTo("CV cv.pdf");
        assertThat(audit.getFirst().after()).startsWith("CV cv-2026.docx");
    }

    @Test
    void a_file_that_is_not_a_pdf_or_word_document_is_refused_whatever_its_name() {
        assertThatThrownBy(() -> attach(DocumentKind.OTHER, "notes.pdf", TestDocuments.text()))
                .isInstanceOf(DomainException.class).hasMessageContaining("whatever its name says");
        assertThatThrownBy(() -> attach(DocumentKind.OTHER, "empty.pdf", new byte[0]))
                .hasMessageContaining("is empty");
        assertThat(onFile()).hasSize(2);
    }

    @Test
    void only_hr_attaches_documents() {
        assertThatThrownBy(() -> As.user("manager", () -> documents.attach(jordan.id(), DocumentKind.OTHER,
                TestDocuments.cv()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_hiring_team_downloads_documents_and_nobody_outside_the_row_rule_gets_anything() {
        ApplicationDetail.DocumentInfo reference = attach(DocumentKind.REFERENCE_LETTER, "reference.pdf",
                TestDocuments.pdf());

        DocumentContent file = As.user("manager", () -> review.document(jordan.id(), reference.id()));
        assertThat(file.filename()).isEqualTo("reference.pdf");
        assertThat(file.contentType()).isEqualTo(DocumentRules.PDF);
        assertThat(file.content()).isEqualTo(TestDocuments.pdf());

        assertThatThrownBy(() -> As.user("someone", new String[] {"HIRING_MANAGER"},
                () -> review.document(jordan.id(), reference.id())))
                .isInstanceOf(DomainException.class).hasMessage("There is no application " + jordan.id() + ".");
        assertThatThrownBy(() -> As.user("pophealth", () -> review.document(jordan.id(), reference.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("finance", () -> review.document(jordan.id(), reference.id())))
                .isInstanceOf(AccessDeniedException.class);
        // A document id of another application does not open through this one.
        MyApplication anitas = As.user("pophealth", () -> applications.apply(jordan.reference(),
                ApplicationForms.complete()));
        assertThatThrownBy(() -> As.user("recruiter", () -> review.document(anitas.id(), reference.id())))
                .hasMessage("There is no document " + reference.id() + ".");
    }

    @Test
    void a_caregiver_downloads_the_files_they_sent_and_nothing_else() {
        ApplicationDetail.DocumentInfo reference = attach(DocumentKind.REFERENCE_LETTER, "reference.pdf",
                TestDocuments.pdf());

        List<ApplicationDetail.DocumentInfo> mine = As.user("caregiver", () -> applications.myDocuments(jordan.id()));
        assertThat(mine).extracting(ApplicationDetail.DocumentInfo::filename)
                .containsExactlyInAnyOrder("cv.pdf", "letter.docx");
        long cv = mine.stream().filter(d -> d.kind() == DocumentKind.CV).findFirst().orElseThrow().id();
        assertThat(As.user("caregiver", () -> applications.myDocument(jordan.id(), cv))).get()
                .extracting(DocumentContent::content).isEqualTo(TestDocuments.pdf());

        // HR's reference letter is the hiring team's, not the caregiver's.
        assertThat(As.user("caregiver", () -> applications.myDocument(jordan.id(), reference.id()))).isEmpty();
        // Another caregiver gets nothing, not even the list.
        assertThat(As.user("pophealth", () -> applications.myDocuments(jordan.id()))).isEmpty();
        assertThat(As.user("pophealth", () -> applications.myDocument(jordan.id(), cv))).isEmpty();
    }
}
