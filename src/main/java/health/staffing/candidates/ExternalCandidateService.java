package health.staffing.candidates;

import health.staffing.base.AuditLog;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.HiringRecord;
import health.staffing.base.TextLimits;
import health.staffing.base.UniqueKeys;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.lang.Contract;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR adds people from outside the health system to a posted requisition. One person is one candidate:
 * <ul>
 * <li>an address (trimmed, any case) or employee number of an employee is refused: employees apply
 * themselves, so their manager's confidentiality and their My applications hold;</li>
 * <li>a known address reuses that person's record (with the details just typed, and a notice saying
 * so), so the one-application-per-candidate-and-requisition key refuses the same person twice on a
 * requisition even when two recruiters add them at once;</li>
 * <li>the same name with the same phone or NPI as someone known is refused as a possible duplicate
 * until HR confirms it is someone else (recorded).</li>
 * </ul>
 * Audited.
 */
@Service
@PreAuthorize("hasRole('RECRUITER')")
public class ExternalCandidateService {

    /** Plain ASCII addresses only, so the key the application lower-cases equals the database's lower(). */
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{7,25}");
    /** The columns' widths (V6), which the form's fields share. */
    public static final int MAX_NAME = 100;
    public static final int MAX_EMAIL = 200;
    public static final int MAX_PHONE = 40;

    private final JobApplicationRepository applications;
    private final CandidateRepository candidates;
    private final ApplicationService applicationRules;
    private final PostingService postings;
    private final AuditLog auditLog;
    private final Clock clock;
    private final HiringAccess access;
    private final EmployeeService employees;
    private final DuplicateCandidates duplicates;
    private final ApplicationScreening screening;
    private final ApplicationEventPublisher events;

    ExternalCandidateService(JobApplicationRepository applications, CandidateRepository candidates,
            ApplicationService applicationRules, PostingService postings, AuditLog auditLog, Clock clock,
            HiringAccess access, EmployeeService employees, DuplicateCandidates duplicates,
            ApplicationScreening screening, ApplicationEventPublisher events) {
        this.events = events;
        this.screening = screening;
        this.employees = employees;
        this.duplicates = duplicates;
        this.access = access;
        this.applications = applications;
        this.candidates = candidates;
        this.applicationRules = applicationRules;
        this.postings = postings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Adds the person to the live posting with this job reference, at stage "applied". Refused with
     * {@link AlreadyACandidate} when the address is already a candidate for it, with
     * {@link PossibleDuplicate} when they look like someone known, and with a {@link DomainException}
     * naming every other problem.
     */
    @Transactional
    public ExternalCandidateAdded add(String reference, ExternalCandidateForm form) {
        return add(reference, form, false);
    }

    /**
     * {@link #add(String, ExternalCandidateForm)} after HR checked the possible duplicates it listed
     * and confirmed this is someone else; the confirmation is recorded with the application.
     */
    @Transactional
    public ExternalCandidateAdded addConfirmingNotADuplicate(String reference, ExternalCandidateForm form) {
        return add(reference, form, true);
    }

    private ExternalCandidateAdded add(String reference, ExternalCandidateForm form, boolean confirmedDistinct) {
        List<String> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
        refuseEmployees(form);
        PublishedPosting posting = postings.liveByReference(reference == null ? "" : reference.trim()).orElseThrow(
                () -> new DomainException("Job " + reference + " is not posted; external candidates join posted jobs only."));
        access.checkNotCandidate(access.viewer(), posting.requisitionId(), posting.reference(), "add candidates to it");
        String email = form.email().trim();
        Optional<Candidate> known = candidates.findByEmailKey(Candidate.emailKey(email));
        List<DuplicateCandidates.Match> lookalikes = known.isPresent() ? List.of()
                : duplicates.find(form.givenName(), form.familyName(), form.phone(),
                        form.application() == null ? null : form.application().npi());
        if (lookalikes.stream().anyMatch(m -> m.contact() != null
                && Candidate.emailKey(m.contact()).equals(Candidate.emailKey(email)))) {
            // Not a look-alike: the same address, added by someone else a moment ago.
            throw sameMoment(email, posting.reference());
        }
        if (!lookalikes.isEmpty() && !confirmedDistinct) {
            throw new PossibleDuplicate("Possible duplicate: " + lookalikes.stream()
                    .map(DuplicateCandidates.Match::describe).distinct().collect(Collectors.joining("; "))
                    + ". If this is someone else, confirm and add them.");
        }
        Candidate candidate;
        if (known.isPresent()) {
            candidate = known.get();
            String before = candidate.describe();
            candidate.update(form.givenName(), form.familyName(), email, form.phone());
            if (!before.equals(candidate.describe())) {
                auditLog.record(HiringRecord.ofRequisition(posting.requisitionId()), "Candidate", candidate.getId(),
                        "UPDATED", before, candidate.describe());
            }
        } else {
            candidate = candidates.save(Candidate.external(form.givenName(), form.familyName(), email, form.phone()));
        }
        Optional<JobApplication> existing = known.isEmpty() ? Optional.empty()
                : applications.findByRequisitionIdAndCandidate(posting.requisitionId(), candidate);
        if (existing.isPresent()) {
            throw new AlreadyACandidate(email + " is already a candidate for job " + posting.reference() + " (since "
                    + Dates.day(LocalDate.ofInstant(existing.get().getSubmittedAt(), clock.getZone()))
                    + ").");
        }
        Instant now = clock.instant();
        ApplicationForm documents = form.application();
        JobApplication application = new JobApplication(candidate, JobApplication.Source.EXTERNAL,
                posting.requisitionId(), posting.reference(), posting.title(), documents, CurrentUser.required(), now);
        screening.screen(application); // the grid's credential filter, as for a caregiver who applies
        UploadedDocument cv = Objects.requireNonNull(documents.cv(), "required by the form's check");
        application.attach(DocumentKind.CV, cv, DocumentRules.contentType(cv.content()).orElseThrow());
        if (documents.coverLetter() != null) {
            application.attach(DocumentKind.COVER_LETTER, documents.coverLetter(),
                    DocumentRules.contentType(documents.coverLetter().content()).orElseThrow());
        }
        try {
            application = applications.saveAndFlush(application);
        } catch (DataIntegrityViolationException refused) {
            if (!UniqueKeys.violated(refused, "job_application_uk")
                    && !UniqueKeys.violated(refused, "candidate_email_uk")) {
                throw refused;
            }
            // Another recruiter added this address in the same instant: one of the unique keys kept only one.
            throw sameMoment(email, posting.reference());
        }
        auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, application.getId(),
                "EXTERNAL_ADDED", null,
                "external candidate " + candidate.describe() + " added to " + posting.reference() + " "
                        + posting.title() + (lookalikes.isEmpty() ? "" : "; confirmed not a duplicate of "
                        + lookalikes.stream().map(m -> "candidate " + m.candidateId()).distinct()
                                .collect(Collectors.joining(", "))));
        events.publishEvent(new ApplicationReceived(application.getId(), application.getRequisitionId(), null, email));
        String notice = known.isEmpty() ? null : candidate.externalName() + " was already known as a candidate by "
                + email + ": this application is linked to that record, with the details you entered.";
        return new ExternalCandidateAdded(application.getId(), notice);
    }

    private static AlreadyACandidate sameMoment(String email, String reference) {
        return new AlreadyACandidate("Someone else added " + email + " at the same moment. Check the candidates of job "
                + reference + " before trying again.");
    }

    /** Employees apply themselves: their address or employee number is refused here. */
    private void refuseEmployees(ExternalCandidateForm form) {
        Optional<EmployeeSummary> employee = employees.findByEmail(form.email());
        if (employee.isEmpty() && form.employeeNumber() != null && !form.employeeNumber().isBlank()) {
            String number = form.employeeNumber().trim();
            employee = Optional.of(employees.findByEmployeeNumber(number).orElseThrow(() -> new DomainException(
                    "There is no employee " + number + "; leave the employee number empty for someone who never"
                            + " worked here.")));
        }
        employee.ifPresent(e -> {
            throw new DomainException(e.fullName() + " is an employee (" + e.employeeNumber() + ", " + e.email()
                    + "). Employees apply themselves under Jobs, so their application stays confidential from"
                    + " their manager; ask them to apply.");
        });
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
        return TextLimits.problem("The " + what, name, MAX_NAME);
    }

    /** What is wrong with this email address, if anything (the screen shows it at the field). */
    public static Optional<String> emailProblem(String email) {
        if (blank(email)) {
            return Optional.of("Enter the email address.");
        }
        if (email.trim().length() > MAX_EMAIL || !EMAIL.matcher(email.trim()).matches()) {
            return Optional.of("Enter a valid email address, such as name@example.org.");
        }
        return Optional.empty();
    }

    /** What is wrong with this phone number, if anything; none is fine. */
    public static Optional<String> phoneProblem(@Nullable String phone) {
        if (!blank(phone) && phone.strip().length() > MAX_PHONE) {
            return TextLimits.problem("The phone number", phone, MAX_PHONE);
        }
        if (!blank(phone) && !PHONE.matcher(phone.trim()).matches()) {
            return Optional.of("Enter the phone number with digits only (spaces, +, -, ( ) allowed).");
        }
        return Optional.empty();
    }

    @Contract("null -> true")
    private static boolean blank(@Nullable String text) {
        return TextLimits.isBlank(text);
    }
}
