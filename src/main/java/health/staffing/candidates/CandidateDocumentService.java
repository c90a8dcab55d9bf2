package health.staffing.candidates;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR attaches documents to any application: further reference letters and other files, or a new CV
 * or cover letter in place of the one on file. Checked by content exactly as when applying, and
 * audited. Downloads go through review's
 * {@link health.staffing.candidates.review.CandidateReviewService#document} (the hiring team's row
 * rule) and {@link ApplicationService#myDocument} (the caregiver's own files).
 */
@Service
@PreAuthorize("hasRole('RECRUITER')")
public class CandidateDocumentService {

    private final JobApplicationRepository applications;
    private final ApplicationService applicationRules;
    private final AuditLog auditLog;
    private final HiringAccess access;

    CandidateDocumentService(JobApplicationRepository applications, ApplicationService applicationRules,
            AuditLog auditLog, HiringAccess access) {
        this.access = access;
        this.applications = applications;
        this.applicationRules = applicationRules;
        this.auditLog = auditLog;
    }

    /**
     * Attaches the file to the application; a CV or cover letter replaces the one on file. Refused
     * when the file is not a PDF or Word document by its content, is empty or too large, and (as
     * missing) for an application outside the caller's scope ({@link HiringAccess}).
     */
    @Transactional
    public ApplicationDetail.DocumentInfo attach(long applicationId, DocumentKind kind, UploadedDocument document) {
        if (kind == null) {
            throw new DomainException("Choose what kind of document this is.");
        }
        DocumentRules.problem(kind, document, applicationRules.maxUploadBytes()).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        JobApplication application = access.visible(applicationId, access.viewer());
        String replaced = kind.single() ? application.documents().stream().filter(d -> d.getKind() == kind)
                .map(ApplicationDocument::getFilename).findFirst().orElse(null) : null;
        ApplicationDocument attached = application.attach(kind, document,
                DocumentRules.contentType(document.content()).orElseThrow());
        // A flush, not save(): merging the loaded application would persist a copy of the new document.
        applications.flush();
        auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, applicationId,
                replaced == null ? "DOCUMENT_ATTACHED" : "DOCUMENT_REPLACED",
                replaced == null ? null : kind.label() + " " + replaced,
                kind.label() + " " + document.filename() + " (" + DocumentRules.megabytes(document.size()) + ")");
        return attached.toInfo();
    }
}
