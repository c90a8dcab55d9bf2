package health.staffing.candidates;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.Money;
import health.staffing.base.UniqueKeys;
import health.staffing.notifications.NotificationService;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.people.NewEmployee;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.requisitions.RequisitionTeam;
import health.staffing.security.CurrentUser;
import health.staffing.security.SystemActor;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers on finalists. HR makes an offer inside the requisition's posted range (decision 8 says how
 * FTE counts); outside it the offer waits for an exception that someone in the CMO office other
 * than the requester approves or rejects. Making (or approving) an offer moves the application to
 * OFFER; the candidate, or HR on their behalf, accepts or declines. Accepting hires: the application
 * becomes HIRED, the first hire of a requisition takes its seat in the org chart from the start
 * date (leaving their old seat that day), an external person gets an employee record, and the
 * requisition is FILLED when its openings are. Every change is audited in the same transaction.
 *
 * <p>Row rules ({@link HiringAccess}): HR acts on every application and a hiring manager reads the
 * offers of the requisitions they run, never on a requisition they are a candidate on nor an
 * applicant they managed outside the hiring team; a candidate sees and answers only their own
 * extended offers — anyone else's offer answers exactly like a missing one. The CMO office decides
 * exceptions, except those of requisitions its member requested, hires for or is a candidate on,
 * and of applicants they manage.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OfferService {

    static final String AUDIT_TYPE = "JobOffer";
    /** More exceptions than ever wait at once; they are few (offers outside a posted range). */
    private static final int MAX_PENDING_EXCEPTIONS = 500;
    private static final Set<ApplicationStage> OFFERABLE = EnumSet.of(ApplicationStage.FINALIST,
            ApplicationStage.OFFER);

    private final JobOfferRepository offers;
    private final JobApplicationRepository applications;
    private final CandidateRepository candidates;
    private final RequisitionService requisitions;
    private final OrgChartService orgChart;
    private final EmployeeService employees;
    private final UserAccountService accounts;
    private final NotificationService notifications;
    private final AuditLog auditLog;
    private final Clock clock;
    private final HiringAccess access;
    private final ExceptionDeciders deciders;

    OfferService(JobOfferRepository offers, JobApplicationRepository applications, CandidateRepository candidates,
            RequisitionService requisitions, OrgChartService orgChart, EmployeeService employees,
            UserAccountService accounts, NotificationService notifications, AuditLog auditLog, Clock clock,
            HiringAccess access, ExceptionDeciders deciders) {
        this.access = access;
        this.deciders = deciders;
        this.offers = offers;
        this.applications = applications;
        this.candidates = candidates;
        this.requisitions = requisitions;
        this.orgChart = orgChart;
        this.employees = employees;
        this.accounts = accounts;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading (hiring team)

    /** Every offer on the application, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public List<OfferDetail> offersFor(long applicationId) {
        JobApplication application = reviewable(applicationId);
        return offers.findByApplicationOrderByOfferedAtDescIdDesc(application).stream().map(JobOffer::toDetail)
                .toList();
    }

    /** The requisition's posted range that an offer on this application is checked against. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public OfferRange rangeFor(long applicationId) {
        return range(requisitions.details(reviewable(applicationId).getRequisitionId()));
    }

    // ---------------------------------------------------------------- HR makes offers

    /**
     * Extends an offer inside the posted range. Refused, with a message saying what to fix, when
     * the application is not a finalist (or in OFFER after a closed offer), already has an open
     * offer, changed in the meantime, the terms are invalid, or the amount is outside the range
     * (then an exception must be requested).
     */
    @Transactional
    @PreAuthorize("hasRole('RECRUITER')")
    public OfferDetail makeOffer(long applicationId, long expectedApplicationVersion, OfferTerms terms) {
        JobApplication application = offerable(applicationId, expectedApplicationVersion);
        OfferRange range = checkedTerms(application, terms);
        Instant now = clock.instant();
        JobOffer offer = save(JobOffer.extended(application, terms, range, CurrentUser.username(), now));
        auditLog.record(application.hiringRecord(), AUDIT_TYPE, offer.getId(), "EXTENDED", null, describe(offer));
        extend(offer, now);
        return offer.toDetail();
    }

    /**
     * Asks the CMO office to allow an offer outside the posted range. The offer waits (the
     * candidate does not see it) until someone other than the requester decides.
     */
    @Transactional
    @PreAuthorize("hasRole('RECRUITER')")
    public OfferDetail requestException(long applicationId, long expectedApplicationVersion, OfferTerms terms,
            String justification) {
        JobApplication application = offerable(applicationId, expectedApplicationVersion);
        OfferRange range = checkedTerms(application, terms);
        String me = CurrentUser.username();
        JobOffer offer = save(JobOffer.pendingException(application, terms, range, justification, me,
                clock.instant()));
        auditLog.record(application.hiringRecord(), AUDIT_TYPE, offer.getId(), "EXCEPTION_REQUESTED", null,
                describe(offer) + "; justification: " + justification.trim());
        for (String decider : deciders.of(offer)) {
            notifications.notify(decider, "Offer exception to decide: " + application.getReference(),
                    "An offer of " + Money.text(terms.amount()) + " for " + application.getTitle()
                            + " is outside the posted range (" + range.describeAt(terms.fte()) + "). Justification: "
                            + justification.trim(),
                    "offer-exceptions");
        }
        return offer.toDetail();
    }

    /** HR withdraws an open offer (or an undecided exception request); a reason is required. */
    @Transactional
    @PreAuthorize("hasRole('RECRUITER')")
    public OfferDetail rescind(long offerId, long expectedVersion, String reason) {
        JobOffer offer = current(offerId, expectedVersion);
        OfferStatus before = offer.getStatus();
        offer.rescind(CurrentUser.username(), clock.instant(), reason);
        offers.saveAndFlush(offer);
        auditLog.record(offer.getApplication().hiringRecord(), AUDIT_TYPE, offer.getId(), "RESCINDED", before.name(),
                "RESCINDED: " + reason.trim());
        if (before == OfferStatus.EXTENDED) { // an undecided exception was never shown to the candidate
            notifyCandidate(offer, "Your offer for " + offer.getApplication().getTitle() + " was withdrawn",
                    "HR withdrew the offer. Reason: " + reason.trim());
        }
        return offer.toDetail();
    }

    /**
     * HR records the candidate's answer given outside the portal (an external candidate, a phone
     * call). Accepting hires exactly as when the candidate accepts.
     */
    @Transactional
    @PreAuthorize("hasRole('RECRUITER')")
    public OfferDetail recordResponse(long offerId, long expectedVersion, boolean accepted, String reason) {
        JobOffer offer = current(offerId, expectedVersion);
        respond(offer, accepted, reason);
        return offer.toDetail();
    }

    // ---------------------------------------------------------------- CMO office decides exceptions

    /**
     * Exceptions waiting for the signed-in member of the CMO office, oldest first: the amount, the
     * range and the justification (no CV, no scores); not those they may not decide (see
     * {@link ExceptionDeciders}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CMO_OFFICE')")
    public List<ExceptionRequest> pendingExceptions(Pageable page) {
        List<JobOffer> pending = decidable();
        List<JobOffer> shown = pending.subList((int) Math.min(page.getOffset(), pending.size()),
                (int) Math.min(page.getOffset() + page.getPageSize(), pending.size()));
        Map<Long, EmployeeSummary> people = employees.findAllById(shown.stream()
                .map(o -> o.getApplication().getCandidate().getEmployeeId()).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return shown.stream().map(o -> new ExceptionRequest(o.toDetail(), nameOf(o.getApplication().getCandidate(),
                people), o.getApplication().getSource() == JobApplication.Source.INTERNAL)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CMO_OFFICE')")
    public long pendingExceptionCount() {
        return decidable().size();
    }

    private List<JobOffer> decidable() {
        ExceptionDeciders.Decider me = deciders.current();
        Map<Long, Optional<RequisitionTeam>> teams = new HashMap<>();
        return offers.findByStatusOrderByExceptionRequestedAtAscIdAsc(OfferStatus.PENDING_EXCEPTION,
                        PageRequest.of(0, MAX_PENDING_EXCEPTIONS)).stream()
                .filter(offer -> deciders.bar(me, offer, teams).isEmpty()).toList();
    }

    /**
     * Approves an exception: the offer is extended as requested and the application moves to
     * OFFER. The requester cannot approve their own request. The comment is optional.
     */
    @Transactional
    @PreAuthorize("hasRole('CMO_OFFICE')")
    public OfferDetail approveException(long offerId, long expectedVersion, String comment) {
        JobOffer offer = toDecide(offerId, expectedVersion);
        JobApplication application = offer.getApplication();
        if (offer.getStatus() == OfferStatus.PENDING_EXCEPTION && !OFFERABLE.contains(application.getStage())) {
            throw new DomainException("The application is now " + application.getStage().label().toLowerCase()
                    + "; reject the exception instead.");
        }
        if (offer.getStatus() == OfferStatus.PENDING_EXCEPTION
                && offer.getStartDate().isBefore(LocalDate.now(clock))) {
            throw new DomainException("The offer's start date " + offer.getStartDate()
                    + " has passed; reject the exception and ask HR for a new offer.");
        }
        Instant now = clock.instant();
        offer.approveException(CurrentUser.username(), now, comment);
        offers.saveAndFlush(offer);
        auditLog.record(application.hiringRecord(), AUDIT_TYPE, offer.getId(), "EXCEPTION_APPROVED",
                OfferStatus.PENDING_EXCEPTION.name(),
                "EXTENDED by " + CurrentUser.username() + (comment == null || comment.isBlank() ? "" : ": " + comment.trim()));
        extend(offer, now);
        notifications.notify(offer.getExceptionRequestedBy(), "Offer exception approved: " + application.getReference(),
                "The CMO office approved the offer of " + Money.text(offer.terms().amount()) + " for "
                        + application.getTitle() + "; it is now extended to the candidate.",
                "candidates/" + application.getId() + "?tab=offer");
        return offer.toDetail();
    }

    /** Rejects an exception with a reason; the offer is closed and HR may make another. */
    @Transactional
    @PreAuthorize("hasRole('CMO_OFFICE')")
    public OfferDetail rejectException(long offerId, long expectedVersion, String reason) {
        JobOffer offer = toDecide(offerId, expectedVersion);
        offer.rejectException(CurrentUser.username(), clock.instant(), reason);
        offers.saveAndFlush(offer);
        auditLog.record(offer.getApplication().hiringRecord(), AUDIT_TYPE, offer.getId(), "EXCEPTION_REJECTED",
                OfferStatus.PENDING_EXCEPTION.name(),
                "REJECTED_EXCEPTION by " + CurrentUser.username() + ": " + reason.trim());
        JobApplication application = offer.getApplication();
        notifications.notify(offer.getExceptionRequestedBy(), "Offer exception rejected: " + application.getReference(),
                "The CMO office rejected the offer of " + Money.text(offer.terms().amount()) + " for "
                        + application.getTitle() + ". Reason: " + reason.trim(),
                "candidates/" + application.getId() + "?tab=offer");
        return offer.toDetail();
    }

    // ---------------------------------------------------------------- the candidate answers

    /** The signed-in caregiver's offers (extended ones and their answers), newest first. */
    @Transactional(readOnly = true)
    public List<MyOffer> myOffers() {
        return currentCandidate().map(c -> offers.findByApplicationCandidateAndStatusInOrderByOfferedAtDescIdDesc(c,
                OfferStatus.SHOWN_TO_CANDIDATE).stream().map(JobOffer::toMine).toList()).orElse(List.of());
    }

    /** Accepts one of the signed-in caregiver's extended offers: they are hired. */
    @Transactional
    public MyOffer accept(long offerId, long expectedVersion) {
        JobOffer offer = mine(offerId, expectedVersion);
        respond(offer, true, null);
        return offer.toMine();
    }

    /** Declines one of the signed-in caregiver's extended offers, with a reason. */
    @Transactional
    public MyOffer decline(long offerId, long expectedVersion, String reason) {
        JobOffer offer = mine(offerId, expectedVersion);
        respond(offer, false, reason);
        return offer.toMine();
    }

    // ---------------------------------------------------------------- helpers

    private void respond(JobOffer offer, boolean accepted, String reason) {
        String me = CurrentUser.username();
        Instant now = clock.instant();
        JobApplication application = offer.getApplication();
        if (accepted) {
            if (offer.getStatus() == OfferStatus.EXTENDED && application.getStage() != ApplicationStage.OFFER) {
                throw new DomainException("The application is " + application.getStage().label().toLowerCase()
                        + "; this offer can no longer be accepted.");
            }
            offer.accept(me, now);
            offers.saveAndFlush(offer);
            auditLog.record(application.hiringRecord(), AUDIT_TYPE, offer.getId(), "ACCEPTED",
                    OfferStatus.EXTENDED.name(), "ACCEPTED by " + me);
            hire(offer, me, now);
        } else {
            offer.decline(me, now, reason);
            offers.saveAndFlush(offer);
            auditLog.record(application.hiringRecord(), AUDIT_TYPE, offer.getId(), "DECLINED",
                    OfferStatus.EXTENDED.name(),
                    "DECLINED by " + me + ": " + reason.trim());
        }
        if (!me.equals(offer.getOfferedBy())) {
            notifications.notify(offer.getOfferedBy(), "Offer " + (accepted ? "accepted" : "declined") + ": "
                    + application.getReference(), "The offer for " + application.getTitle() + " was "
                    + (accepted ? "accepted" : "declined: " + reason.trim()) + ".",
                    "candidates/" + application.getId() + "?tab=offer");
        }
    }

    /**
     * The accepted offer fills the position. The org chart, employee records and the requisition
     * belong to HR's secured services; a caregiver accepting runs them as the system actor, whose
     * audit entries sit beside the offer's own "ACCEPTED by" entry.
     */
    private void hire(JobOffer offer, String by, Instant now) {
        JobApplication application = offer.getApplication();
        ApplicationStage before = application.getStage();
        application.moveTo(ApplicationStage.HIRED, by, now, null);
        applications.saveAndFlush(application);
        auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, application.getId(),
                "STAGE_CHANGED", before.name(), ApplicationStage.HIRED.name());
        asHr(() -> {
            RequisitionDetails requisition = requisitions.details(offer.getRequisitionId());
            long employeeId = employeeOf(offer);
            long hired = offers.countByRequisitionIdAndStatus(offer.getRequisitionId(), OfferStatus.ACCEPTED);
            // One requisition names one seat: the first hire takes it; further openings of the same
            // requisition have no seat of their own, so HR places those hires in the chart by hand.
            if (requisition.positionCode() != null && hired == 1) {
                seat(requisition.positionCode(), employeeId, offer.getStartDate());
                offer.placedIn(requisition.positionCode());
                offers.saveAndFlush(offer);
            }
            if (hired >= requisition.openings() && requisition.status() == RequisitionStatus.POSTED) {
                requisitions.markFilled(requisition.id());
            }
            return null;
        });
    }

    /**
     * Seats the employee from the start date. An employee holds one seat at a time, and the org
     * chart refuses a second: an internal hire leaves the seat they hold on the same day.
     */
    private void seat(String positionCode, long employeeId, LocalDate startDate) {
        Optional<PositionSummary> held = orgChart.positionHeldBy(employeeId);
        if (held.isPresent() && !held.get().code().equals(positionCode)) {
            boolean stillHeldThen = orgChart.findByCode(held.get().code(), startDate)
                    .map(seat -> Objects.equals(seat.incumbentEmployeeId(), employeeId)).orElse(false);
            if (stillHeldThen) {
                orgChart.vacate(held.get().code(), orgChart.versionOf(held.get().code()), startDate);
            }
        }
        orgChart.assignIncumbent(positionCode, orgChart.versionOf(positionCode), employeeId, startDate);
    }

    /**
     * The hire's employee record. An external person gets one now, with a provisional employee
     * number "H" + the offer id (HRIS numbers are six digits, so it can never clash) until HRIS
     * issues theirs; the candidate is linked to it so a later application is internal.
     */
    private long employeeOf(JobOffer offer) {
        Candidate candidate = offer.getApplication().getCandidate();
        if (candidate.getEmployeeId() != null) {
            return candidate.getEmployeeId();
        }
        if (candidate.getGivenName() == null || candidate.getFamilyName() == null || candidate.getEmail() == null) {
            throw new DomainException("An external hire needs a given name, family name and email on the candidate"
                    + " record for their employee record; complete it and record the acceptance again.");
        }
        EmployeeSummary employee = employees.create(new NewEmployee("H" + offer.getId(), candidate.getGivenName(),
                candidate.getFamilyName(), null, candidate.getEmail(), null, offer.getStartDate()));
        candidate.hiredAs(employee.id());
        candidates.saveAndFlush(candidate);
        auditLog.record(offer.getApplication().hiringRecord(), "Candidate", candidate.getId(), "EMPLOYEE_CREATED", null,
                "employee " + employee.employeeNumber() + " from offer " + offer.getId());
        return employee.id();
    }

    /** The application moves to OFFER (when not there already) and an internal candidate is told. */
    private void extend(JobOffer offer, Instant now) {
        JobApplication application = offer.getApplication();
        if (application.getStage() != ApplicationStage.OFFER) {
            ApplicationStage before = application.getStage();
            application.moveTo(ApplicationStage.OFFER, CurrentUser.username(), now, null);
            applications.saveAndFlush(application);
            auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, application.getId(),
                    "STAGE_CHANGED", before.name(), ApplicationStage.OFFER.name());
        }
        notifyCandidate(offer, "You have an offer: " + application.getTitle(),
                "Read the offer and accept or decline it under My applications.");
    }

    /** Tells an internal candidate (external people have no account) about their offer. */
    private void notifyCandidate(JobOffer offer, String subject, String body) {
        Long employeeId = offer.getApplication().getCandidate().getEmployeeId();
        if (employeeId == null) {
            return;
        }
        accounts.findByEmployeeId(employeeId).map(UserSummary::username)
                .ifPresent(username -> notifications.notify(username, subject, body, "my-applications"));
    }

    private OfferRange checkedTerms(JobApplication application, OfferTerms terms) {
        OfferRange.check(terms, LocalDate.now(clock));
        if (offers.existsByApplicationAndStatusIn(application, OfferStatus.OPEN)) {
            throw new DomainException("This application already has an open offer; rescind it before making another.");
        }
        return range(requisitions.details(application.getRequisitionId()));
    }

    private static OfferRange range(RequisitionDetails requisition) {
        if (requisition.salaryMin() == null || requisition.salaryMax() == null) {
            throw new DomainException("Requisition " + requisition.reference() + " has no posted salary range to"
                    + " check an offer against; enter one on the requisition first.");
        }
        return new OfferRange(requisition.salaryMin(), requisition.salaryMax(), requisition.adjustedForFte());
    }

    private JobOffer save(JobOffer offer) {
        try {
            return offers.saveAndFlush(offer);
        } catch (DataIntegrityViolationException refused) {
            if (!UniqueKeys.violated(refused, "job_offer_open_uk")) {
                throw refused;
            }
            // Two offers at once: the open-offer unique key keeps only one.
            throw new DomainException("This application already has an open offer; reload it.");
        }
    }

    private JobApplication offerable(long applicationId, long expectedVersion) {
        JobApplication application = access.visible(applicationId, access.viewer());
        if (application.getVersion() != expectedVersion) {
            throw new DomainException("The application changed in the meantime (it is now "
                    + application.getStage().label().toLowerCase() + "). Reload it; your offer is still in the form.");
        }
        if (!OFFERABLE.contains(application.getStage())) {
            throw new DomainException("Only a finalist can receive an offer; this application is "
                    + application.getStage().label().toLowerCase() + ".");
        }
        return application;
    }

    /** The application, if the caller may review it ({@link HiringAccess}). */
    private JobApplication reviewable(long applicationId) {
        return access.visible(applicationId, access.viewer());
    }

    /** An offer HR acts on: one of an application in their scope, else as missing. */
    private JobOffer current(long offerId, long expectedVersion) {
        JobOffer offer = offers.findById(offerId).orElseThrow(() -> missingOffer(offerId));
        try {
            access.visible(offer.getApplication().getId(), access.viewer());
        } catch (DomainException outOfScope) {
            throw missingOffer(offerId);
        }
        checkVersion(offer, expectedVersion);
        return offer;
    }

    /**
     * An exception the signed-in member of the CMO office decides. A candidate on the requisition is
     * refused with the conflict-of-interest message (and the attempt recorded); one that is not
     * theirs to decide (hidden by confidentiality) answers as missing; the requester, or whoever
     * requested or hires for the requisition, is told why not.
     */
    private JobOffer toDecide(long offerId, long expectedVersion) {
        JobOffer offer = offers.findById(offerId).orElseThrow(() -> missingOffer(offerId));
        JobApplication application = offer.getApplication();
        Optional<ExceptionDeciders.Bar> bar = deciders.bar(deciders.current(), offer, new HashMap<>());
        if (bar.isPresent()) {
            switch (bar.get()) {
                case CANDIDATE -> throw access.refuse(application, "decide its offer exceptions");
                case REQUESTER -> offer.checkDecider(CurrentUser.username()); // "You requested this exception …"
                case MANAGES_APPLICANT -> throw missingOffer(offerId);
                case RUNS_REQUISITION -> throw new DomainException("You requested or hire for requisition "
                        + application.getReference()
                        + "; another member of the CMO office decides its offer exceptions (segregation of duties).");
            }
        }
        checkVersion(offer, expectedVersion);
        return offer;
    }

    private static DomainException missingOffer(long offerId) {
        return new DomainException("There is no offer " + offerId + ".");
    }

    private JobOffer mine(long offerId, long expectedVersion) {
        Optional<Candidate> me = currentCandidate();
        JobOffer offer = offers.findById(offerId)
                .filter(o -> me.isPresent() && o.getApplication().getCandidate().getId().equals(me.get().getId()))
                .filter(o -> OfferStatus.SHOWN_TO_CANDIDATE.contains(o.getStatus()))
                .orElseThrow(() -> new DomainException("There is no offer " + offerId + "."));
        checkVersion(offer, expectedVersion);
        return offer;
    }

    private static void checkVersion(JobOffer offer, long expectedVersion) {
        if (offer.getVersion() != expectedVersion) {
            throw new DomainException("The offer changed in the meantime (it is now "
                    + offer.getStatus().label().toLowerCase() + "). Reload and try again.");
        }
    }

    private Optional<Candidate> currentCandidate() {
        return accounts.findByUsername(CurrentUser.username()).map(UserSummary::employeeId)
                .flatMap(candidates::findByEmployeeId);
    }

    private static <T> T asHr(Supplier<T> work) {
        return CurrentUser.isHr() ? work.get()
                : SystemActor.call(work);
    }

    private static String describe(JobOffer offer) {
        OfferTerms terms = offer.terms();
        return Money.text(terms.amount()) + " at " + terms.fte().stripTrailingZeros().toPlainString() + " FTE ("
                + terms.adminFte().stripTrailingZeros().toPlainString() + " admin) from " + terms.startDate()
                + " for application " + offer.getApplication().getId() + " (" + offer.getApplication().getReference()
                + "); posted range " + offer.range().describeAt(terms.fte());
    }

    private static String nameOf(Candidate candidate, Map<Long, EmployeeSummary> people) {
        if (candidate.getEmployeeId() != null && people.containsKey(candidate.getEmployeeId())) {
            return people.get(candidate.getEmployeeId()).fullName();
        }
        if (candidate.getGivenName() != null || candidate.getFamilyName() != null) {
            return (Objects.requireNonNullElse(candidate.getGivenName(), "") + " "
                    + Objects.requireNonNullElse(candidate.getFamilyName(), "")).trim();
        }
        return "External candidate";
    }
}
