package health.staffing.candidates;

import health.staffing.base.AuditLog;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.UniqueKeys;
import health.staffing.orgchart.OrgChartService;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.requisitions.ApplicantCounts;
import health.staffing.requisitions.ConflictOfInterest;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A caregiver's own applications: applying to a live posting, reading them with their history, and
 * withdrawing. Every caregiver acts only on their own applications (row rule): someone else's
 * application id answers exactly like a missing one. Every state change is audited.
 */
@Service
@PreAuthorize("isAuthenticated()")
@EnableConfigurationProperties(ApplicationsProperties.class)
public class ApplicationService implements ApplicantCounts {

    public static final String AUDIT_TYPE = "JobApplication";
    private static final int MAX_YEARS = 70;

    private final JobApplicationRepository applications;
    private final CandidateRepository candidates;
    private final PostingService postings;
    private final UserAccountService accounts;
    private final EmployeeService employees;
    private final OrgChartService orgChart;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationsProperties properties;
    private final ApplicationScreening screening;
    private final HiringAccess access;
    private final RequisitionService requisitions;
    private final ConflictOfInterest conflicts;
    private final ApplicationEventPublisher events;

    ApplicationService(JobApplicationRepository applications, CandidateRepository candidates, PostingService postings,
            UserAccountService accounts, EmployeeService employees, OrgChartService orgChart, AuditLog auditLog,
            Clock clock, ApplicationsProperties properties, ApplicationScreening screening, HiringAccess access,
            ApplicationEventPublisher events, RequisitionService requisitions, ConflictOfInterest conflicts) {
        this.requisitions = requisitions;
        this.conflicts = conflicts;
        this.applications = applications;
        this.candidates = candidates;
        this.postings = postings;
        this.accounts = accounts;
        this.employees = employees;
        this.orgChart = orgChart;
        this.auditLog = auditLog;
        this.clock = clock;
        this.properties = properties;
        this.screening = screening;
        this.access = access;
        this.events = events;
    }

    /** The largest upload accepted, in bytes ({@code portal.applications.max-upload-bytes}). */
    public long maxUploadBytes() {
        return properties.maxUploadBytes();
    }

    /** The signed-in caregiver's employee record for the form, if they have one. */
    @Transactional(readOnly = true)
    public Optional<ApplicantProfile> myProfile() {
        return currentEmployee().map(e -> new ApplicantProfile(e.fullName(), e.employeeNumber(), e.email(),
                orgChart.positionHeldBy(e.id()).map(p -> p.title() + " · " + p.organisationName())
                        .orElse("No position on record")));
    }

    /**
     * Applies to the live posting with this job reference as the signed-in caregiver. Refused when
     * the caregiver has no employee record, the requisition is not posted, they already applied, or
     * the form has a problem (the message names it).
     */
    @Transactional
    public MyApplication apply(String reference, ApplicationForm form) {
        EmployeeSummary employee = currentEmployee().orElseThrow(() -> new DomainException(
                "Applying needs an employee record linked to your account. Please contact HR."));
        PublishedPosting posting = postings.liveByReference(reference).orElseThrow(
                () -> new DomainException("Job " + reference + " is not open for applications."));
        refuseIfRunBy(CurrentUser.required(), posting);
        Candidate candidate = candidates.findByEmployeeId(employee.id())
                .orElseGet(() -> candidates.save(Candidate.internal(employee.id())));
        Optional<JobApplication> existing = applications.findByRequisitionIdAndCandidate(posting.requisitionId(),
                candidate);
        if (existing.isPresent()) {
            throw alreadyApplied(existing.get().getSubmittedAt());
        }
        List<String> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
        Instant now = clock.instant();
        JobApplication application = new JobApplication(candidate, posting.requisitionId(), posting.reference(),
                posting.title(), form, CurrentUser.required(), now);
        // Screening facts for the grid's filter, and who must not see it (the applicant's manager today).
        screening.screen(application);
        application.managedBy(access.currentManagerOf(employee.id()));
        UploadedDocument cv = Objects.requireNonNull(form.cv(), "required by problems(form)");
        application.attach(DocumentKind.CV, cv, DocumentRules.contentType(cv.content()).orElseThrow());
        if (form.coverLetter() != null) {
            application.attach(DocumentKind.COVER_LETTER, form.coverLetter(),
                    DocumentRules.contentType(form.coverLetter().content()).orElseThrow());
        }
        try {
            application = applications.saveAndFlush(application);
        } catch (DataIntegrityViolationException refused) {
            if (UniqueKeys.violated(refused, "job_application_uk")) {
                throw alreadyApplied(now); // two submissions at once: the database's unique key keeps only one
            }
            throw refused;
        }
        auditLog.record(application.hiringRecord(), AUDIT_TYPE, application.getId(), "APPLIED", null,
                "employee " + employee.employeeNumber() + " applied to " + posting.reference() + " " + posting.title());
        events.publishEvent(new ApplicationReceived(application.getId(), application.getRequisitionId(), employee.id(),
                employee.email()));
        return application.toMine();
    }

    /** The signed-in caregiver's applications, newest first. */
    @Transactional(readOnly = true)
    public List<MyApplication> myApplications() {
        return currentCandidate().map(c -> applications.findByCandidateOrderBySubmittedAtDesc(c).stream()
                .map(a -> a.toMine().withRecruiter(recruiterOf(a))).toList()).orElse(List.of());
    }

    /** The requisition's recruiter, with the work email, for "ask your recruiter" on My applications. */
    private MyApplication.@Nullable Contact recruiterOf(JobApplication application) {
        return requisitions.team(application.getRequisitionId())
                .flatMap(team -> accounts.findByUsername(team.recruiter()))
                .map(recruiter -> new MyApplication.Contact(recruiter.displayName(), recruiter.employeeId() == null
                        ? null : employees.findById(recruiter.employeeId()).map(e -> e.email()).orElse(null)))
                .orElse(null);
    }

    /** The signed-in caregiver's application to the job with this reference, if any. */
    @Transactional(readOnly = true)
    public Optional<MyApplication> myApplicationFor(String reference) {
        return myApplications().stream().filter(a -> a.reference().equals(reference)).findFirst();
    }

    /** One of the signed-in caregiver's applications; anyone else's answers as missing. */
    @Transactional(readOnly = true)
    public Optional<MyApplication> myApplication(long applicationId) {
        return mine(applicationId).map(JobApplication::toMine);
    }

    /**
     * The files the signed-in caregiver sent with one of their applications. Documents HR attached or
     * replaced (reference letters, say) belong to the hiring team and are not listed.
     */
    @Transactional(readOnly = true)
    public List<ApplicationDetail.DocumentInfo> myDocuments(long applicationId) {
        return mine(applicationId).map(a -> a.documents().stream().filter(ApplicationService::sentByMe)
                .map(ApplicationDocument::toInfo).toList()).orElse(List.of());
    }

    /** One file the signed-in caregiver sent, for download; anyone else's answers as missing. */
    @Transactional(readOnly = true)
    public Optional<DocumentContent> myDocument(long applicationId, long documentId) {
        return mine(applicationId).flatMap(a -> a.documents().stream()
                .filter(d -> d.getId() == documentId && sentByMe(d)).findFirst().map(ApplicationDocument::toContent));
    }

    private static boolean sentByMe(ApplicationDocument document) {
        String me = CurrentUser.username();
        return me != null && me.equals(document.getCreatedBy()) && me.equals(document.getModifiedBy());
    }

    /** Withdraws the signed-in caregiver's application (a reason is optional). */
    @Transactional
    public MyApplication withdraw(long applicationId, long expectedVersion, String reason) {
        JobApplication application = mine(applicationId)
                .orElseThrow(() -> new DomainException("There is no application " + applicationId + "."));
        if (application.getVersion() != expectedVersion) {
            throw new DomainException("Your application changed in the meantime (it is now "
                    + application.getStage().caregiverText().toLowerCase() + "). Reload and try again.");
        }
        if (application.getStage().isFinal()) {
            throw new DomainException("This application is " + application.getStage().caregiverText().toLowerCase()
                    + "; it can no longer be withdrawn.");
        }
        ApplicationStage before = application.getStage();
        application.moveTo(ApplicationStage.WITHDRAWN, CurrentUser.required(), clock.instant(), reason);
        events.publishEvent(new ApplicationStageChanged(application.getId(), ApplicationStage.WITHDRAWN));
        application = applications.saveAndFlush(application);
        auditLog.record(application.hiringRecord(), AUDIT_TYPE, application.getId(), "WITHDRAWN", before.name(),
                ApplicationStage.WITHDRAWN.name() + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()));
        events.publishEvent(new ApplicationEnded(application.getId(), clock.instant(),
                "The candidate withdrew the application."));
        return application.toMine();
    }

    /**
     * Whether the signed-in person runs the requisition of this job and so may not apply to it: the
     * refusal's message, or empty. The job page says so instead of offering "Apply".
     */
    @Transactional(readOnly = true)
    public Optional<String> whyNotApply(String reference) {
        return postings.liveByReference(reference).flatMap(posting -> runnerRefusal(CurrentUser.required(), posting));
    }

    /**
     * Conflict of interest: whoever requested, hires or recruits for a requisition does not apply to
     * it. HR reassigns the hiring manager or recruiter first (decision 10); a requester never applies.
     */
    private void refuseIfRunBy(String username, PublishedPosting posting) {
        Optional<String> refusal = runnerRefusal(username, posting);
        if (refusal.isPresent()) {
            conflicts.recordRefusal(posting.requisitionId(), posting.reference(), "apply to a requisition they run");
            throw new DomainException(refusal.get());
        }
    }

    private Optional<String> runnerRefusal(String username, PublishedPosting posting) {
        return requisitions.team(posting.requisitionId()).flatMap(team -> team.whyNotApply(username));
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalLong applicantsFor(long requisitionId, String reference) {
        return access.viewer().reviews(requisitionId) ? OptionalLong.of(applications.countActive(reference))
                : OptionalLong.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> myApplicationDate(String reference) {
        return myApplicationFor(reference).map(MyApplication::submittedAt);
    }

    /** Every problem with the form, each a sentence; empty when it can be submitted. */
    public List<String> problems(ApplicationForm form) {
        List<String> problems = new ArrayList<>();
        if (form.cv() == null) {
            problems.add("Attach your CV (PDF or Word .docx).");
        } else {
            DocumentRules.problem(DocumentKind.CV, form.cv(), maxUploadBytes()).ifPresent(problems::add);
        }
        if (form.coverLetter() != null) {
            DocumentRules.problem(DocumentKind.COVER_LETTER, form.coverLetter(), maxUploadBytes())
                    .ifPresent(problems::add);
        }
        if (form.npi() != null && !form.npi().isBlank()) {
            Npi.problem(form.npi().trim()).ifPresent(problems::add);
        }
        years(form.clinicalYears(), "clinical practice", problems);
        years(form.leadershipYears(), "physician leadership", problems);
        years(form.managedCareYears(), "managed care", problems);
        if (form.boardCertifications() != null) {
            BoardCertification.problems(form.boardCertifications()).forEach(problems::add);
        }
        if (form.licenses() != null) {
            StateLicense.problems(form.licenses()).forEach(problems::add);
        }
        return problems;
    }

    private static void years(@Nullable Integer years, String what, List<String> problems) {
        yearsProblem(years, what).ifPresent(problems::add);
    }

    /** The rule for declared years of experience, shared with the form that asks for them. */
    public static Optional<String> yearsProblem(@Nullable Integer years, String what) {
        return years != null && (years < 0 || years > MAX_YEARS)
                ? Optional.of("Years of " + what + " must be between 0 and " + MAX_YEARS + ".")
                : Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private DomainException alreadyApplied(Instant at) {
        return new DomainException("You applied on " + Dates.day(LocalDate.ofInstant(at, clock.getZone())) + ".");
    }

    private Optional<JobApplication> mine(long applicationId) {
        Optional<Candidate> me = currentCandidate();
        return applications.findById(applicationId)
                .filter(a -> me.isPresent() && a.getCandidate().getId().equals(me.get().getId()));
    }

    private Optional<Candidate> currentCandidate() {
        return currentEmployee().flatMap(e -> candidates.findByEmployeeId(e.id()));
    }

    private Optional<EmployeeSummary> currentEmployee() {
        return accounts.findByUsername(CurrentUser.username()).map(UserSummary::employeeId)
                .flatMap(employees::findById);
    }
}
