package health.staffing.candidates.offers;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.Money;
import health.staffing.candidates.Candidate;
import health.staffing.candidates.HiringAccess;
import health.staffing.candidates.JobApplication;
import health.staffing.notifications.NotificationService;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.requisitions.RequisitionTeam;
import health.staffing.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CMO office decides offers outside the posted range that HR asked an exception for
 * ({@link OfferService#requestException}): it sees the amount, the range and the justification (no CV,
 * no scores) and approves — the offer is extended — or rejects with a reason. Who may not decide an
 * exception (its requester, whoever requested or hires for the requisition, a candidate on it, the
 * applicant's manager) is {@link ExceptionDeciders}' rule.
 */
@Service
@PreAuthorize("hasRole('CMO_OFFICE')")
public class OfferExceptionService {

    /** More exceptions than ever wait at once; they are few (offers outside a posted range). */
    private static final int MAX_PENDING_EXCEPTIONS = 500;

    private final JobOfferRepository offers;
    private final EmployeeService employees;
    private final NotificationService notifications;
    private final AuditLog auditLog;
    private final Clock clock;
    private final HiringAccess access;
    private final ExceptionDeciders deciders;
    private final OfferExtension extension;

    OfferExceptionService(JobOfferRepository offers, EmployeeService employees, NotificationService notifications,
            AuditLog auditLog, Clock clock, HiringAccess access, ExceptionDeciders deciders,
            OfferExtension extension) {
        this.offers = offers;
        this.employees = employees;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
        this.access = access;
        this.deciders = deciders;
        this.extension = extension;
    }

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
        if (offer.getStatus() == OfferStatus.PENDING_EXCEPTION && !OfferService.OFFERABLE.contains(application.getStage())) {
            throw new DomainException("The application is now " + application.getStage().label().toLowerCase()
                    + "; reject the exception instead.");
        }
        if (offer.getStatus() == OfferStatus.PENDING_EXCEPTION
                && offer.getStartDate().isBefore(LocalDate.now(clock))) {
            throw new DomainException("The offer's start date " + offer.getStartDate()
                    + " has passed; reject the exception and ask HR for a new offer.");
        }
        Instant now = clock.instant();
        offer.approveException(CurrentUser.required(), now, comment);
        offers.saveAndFlush(offer);
        auditLog.record(application.hiringRecord(), OfferService.AUDIT_TYPE, offer.getId(), "EXCEPTION_APPROVED",
                OfferStatus.PENDING_EXCEPTION.name(),
                "EXTENDED by " + CurrentUser.required() + (comment == null || comment.isBlank() ? "" : ": " + comment.trim()));
        extension.extend(offer, now);
        notifications.notify(requester(offer), "Offer exception approved: " + application.getReference(),
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
        offer.rejectException(CurrentUser.required(), clock.instant(), reason);
        offers.saveAndFlush(offer);
        auditLog.record(offer.getApplication().hiringRecord(), OfferService.AUDIT_TYPE, offer.getId(), "EXCEPTION_REJECTED",
                OfferStatus.PENDING_EXCEPTION.name(),
                "REJECTED_EXCEPTION by " + CurrentUser.required() + ": " + reason.trim());
        JobApplication application = offer.getApplication();
        notifications.notify(requester(offer), "Offer exception rejected: " + application.getReference(),
                "The CMO office rejected the offer of " + Money.text(offer.terms().amount()) + " for "
                        + application.getTitle() + ". Reason: " + reason.trim(),
                "candidates/" + application.getId() + "?tab=offer");
        return offer.toDetail();
    }

    /**
     * An exception the signed-in member of the CMO office decides. A candidate on the requisition is
     * refused with the conflict-of-interest message (and the attempt recorded); one that is not
     * theirs to decide (hidden by confidentiality) answers as missing; the requester, or whoever
     * requested or hires for the requisition, is told why not.
     */
    private JobOffer toDecide(long offerId, long expectedVersion) {
        JobOffer offer = offers.findById(offerId).orElseThrow(() -> OfferService.missingOffer(offerId));
        JobApplication application = offer.getApplication();
        Optional<ExceptionDeciders.Bar> bar = deciders.bar(deciders.current(), offer, new HashMap<>());
        if (bar.isPresent()) {
            switch (bar.get()) {
                case CANDIDATE -> throw access.refuse(application, "decide its offer exceptions");
                case REQUESTER -> offer.checkDecider(CurrentUser.required()); // "You requested this exception …"
                case MANAGES_APPLICANT -> throw OfferService.missingOffer(offerId);
                case RUNS_REQUISITION -> throw new DomainException("You requested or hire for requisition "
                        + application.getReference()
                        + "; another member of the CMO office decides its offer exceptions (segregation of duties).");
            }
        }
        OfferService.checkVersion(offer, expectedVersion);
        return offer;
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

    /** Who asked for the exception: set on every offer that waits for one. */
    private static String requester(JobOffer offer) {
        return Objects.requireNonNull(offer.getExceptionRequestedBy(), "an exception has its requester");
    }
}
