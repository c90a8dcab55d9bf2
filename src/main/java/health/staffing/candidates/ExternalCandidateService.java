package health.staffing.candidates;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR adds people from outside the health system to a posted requisition. One candidate per email
 * address (case-insensitive): adding a known address again reuses that person (with the details just
 * typed), so the database's one-application-per-candidate-and-requisition key refuses the same
 * person twice on a requisition even when two recruiters add them at once. Audited.
 */
@Service
@PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
public class ExternalCandidateService {

    /** Plain ASCII addresses only, so the key the application lower-cases equals the database's lower(). */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{7,25}");

    private final JobApplicationRepository applications;
    private final CandidateRepository candidates;
    private final ApplicationService applicationRules;
    private final PostingService postings;
    private final AuditLog auditLog;
    private final Clock clock;

    ExternalCandidateService(JobApplicationRepository applications, CandidateRepository candidates,
            ApplicationService applicationRules, PostingService postings, AuditLog auditLog, Clock clock) {
        this.applications = applications;
        this.candidates = candidates;
        this.applicationRules = applicationRules;
        this.postings = postings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Adds the person to the live posting with this job reference, at stage "applied". Returns the new
     * application's id. Refused with {@link AlreadyACandidate} when the address is already a candidate
     * for it, and with a {@link DomainException} naming every other problem.
     */
    @Transactional
    public long add(String reference, ExternalCandidateForm form) {
        List<String> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
        PublishedPosting posting = postings.liveByReference(reference == null ? "" : reference.trim()).orElseThrow(
                () -> new DomainException("Job " + reference + " is not posted; external candidates join posted jobs only."));
        String email = form.email().trim();
        Optional<Candidate> known = candidates.findByEmailKey(Candidate.emailKey(email));
        Candidate candidate;
        if (known.isPresent()) {
            candidate = known.get();
            String before = candidate.describe();
            candidate.update(form.givenName(), form.familyName(), email, form.phone());
            if (!before.equals(candidate.describe())) {
                auditLog.record("Candidate", candidate.getId(), "UPDATED", before, candidate.describe());
            }
        } else {
            candidate = candidates.save(Candidate.external(form.givenName(), form.familyName(), email, form.phone()));
        }
        Optional<JobApplication> existing = known.isEmpty() ? Optional.empty()
                : applications.findByRequisitionIdAndCandidate(posting.requisitionId(), candidate);
        if (existing.isPresent()) {
            throw new AlreadyACandidate(email + " is already a candidate for job " + posting.reference() + " (since "
                    + ApplicationService.DAY.format(LocalDate.ofInstant(existing.get().getSubmittedAt(), clock.getZone()))
                    + ").");
        }
        Instant now = clock.instant();
        ApplicationForm documents = form.application();
        JobApplication application = new JobApplication(candidate, JobApplication.Source.EXTERNAL,
                posting.requisitionId(), posting.reference(), posting.title(), documents, CurrentUser.username(), now);
        application.attach(DocumentKind.CV, documents.cv(), DocumentRules.contentType(documents.cv().content()).orElseThrow());
        if (documents.coverLetter() != null) {
            application.attach(DocumentKind.COVER_LETTER, documents.coverLetter(),
                    DocumentRules.contentType(documents.coverLetter().content()).orElseThrow());
        }
        try {
            application = applications.saveAndFlush(application);
        } catch (DataIntegrityViolationException atTheSameMoment) {
            // Another recruiter added this address in the same instant: one of the unique keys kept only one.
            throw new AlreadyACandidate("Someone else added " + email + " at the same moment. Check the candidates of job "
                    + posting.reference() + " before trying again.");
        }
        auditLog.record(ApplicationService.AUDIT_TYPE, application.getId(), "EXTERNAL_ADDED", null,
                "external candidate " + candidate.describe() + " added to " + posting.reference() + " "
                        + posting.title());
        return application.getId();
    }

    /** Every problem with the form, each a sentence; empty when it can be submitted. */
    public List<String> problems(ExternalCandidateForm form) {
        List<String> problems = new ArrayList<>();
        nameProblem(form.givenName(), "given name").ifPresent(problems::add);
        nameProblem(form.familyName(), "family name").ifPresent(problems::add);
        emailProblem(form.email()).ifPresent(problems::add);
        phoneProblem(form.phone()).ifPresent(problems::add);
        if (form.application() == null || form.application().cv() == null) {
            problems.add("Attach the candidate's CV (PDF or Word .docx).");
        }
        if (form.application() != null) {
            applicationRules.problems(form.application()).stream()
                    .filter(problem -> form.application().cv() != null || !problem.startsWith("Attach your CV"))
                    .forEach(problems::add);
        }
        return problems;
    }

    /** What is wrong with a given or family name, if anything. */
    public static Optional<String> nameProblem(String name, String what) {
        if (blank(name)) {
            return Optional.of("Enter the " + what + ".");
        }
        if (name.trim().length() > 100) {
            return Optional.of("The " + what + " is longer than 100 characters.");
        }
        return Optional.empty();
    }

    /** What is wrong with this email address, if anything (the screen shows it at the field). */
    public static Optional<String> emailProblem(String email) {
        if (blank(email)) {
            return Optional.of("Enter the email address.");
        }
        if (email.trim().length() > 200 || !EMAIL.matcher(email.trim()).matches()) {
            return Optional.of("Enter a valid email address, such as name@example.org.");
        }
        return Optional.empty();
    }

    /** What is wrong with this phone number, if anything; none is fine. */
    public static Optional<String> phoneProblem(String phone) {
        if (!blank(phone) && !PHONE.matcher(phone.trim()).matches()) {
            return Optional.of("Enter the phone number with digits only (spaces, +, -, ( ) allowed).");
        }
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
