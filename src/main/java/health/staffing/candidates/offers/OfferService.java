package health.staffing.candidates.offers;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.Money;
import health.staffing.base.UniqueKeys;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.Candidate;
import health.staffing.candidates.CandidateRepository;
import health.staffing.candidates.HiringAccess;
import health.staffing.candidates.JobApplication;
import health.staffing.notifications.NotificationService;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers on finalists. HR makes an offer inside the requisition's posted range (decision 8 says how
 * FTE counts); outside it the offer waits for an exception that the CMO office decides
 * ({@link OfferExceptionService}). Making an offer moves the application to OFFER
 * ({@link OfferExtension}); the candidate, or HR on their behalf, accepts or declines, and accepting
 * hires ({@link OfferHiring}). Every change is audited in the same transaction.
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
    static final Set<ApplicationStage> OFFERABLE = EnumSet.of(ApplicationStage.FINALIST,
            ApplicationStage.OFFER);

    private final JobOfferRepository offers;
    private final CandidateRepository candidates;
    private final RequisitionService requisitions;
    private final UserAccountService accounts;
    private final NotificationService notifications;
    private final AuditLog auditLog;
    private final Clock clock;
    private final HiringAccess access;
    private final ExceptionDeciders deciders;
    private final OfferExtension extension;
    private final OfferHiring hiring;

    OfferService(JobOfferRepository offers, CandidateRepository candidates, RequisitionService requisitions,
            UserAccountService accounts, NotificationService notifications, AuditLog auditLog, Clock clock,
            HiringAccess access, ExceptionDeciders deciders, OfferExtension extension, OfferHiring hiring) {
        this.offers = offers;
        this.candidates = candidates;
        this.requisitions = requisitions;
        this.accounts = accounts;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
        this.access = access;
        this.deciders = deciders;
        this.extension = extension;
        this.hiring = hiring;
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
        JobOffer offer = save(JobOffer.extended(application, terms, range, CurrentUser.required(), now));
        auditLog.record(application.hiringRecord(), AUDIT_TYPE, offer.getId(), "EXTENDED", null, describe(offer));
        extension.extend(offer, now);
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
        String me = CurrentUser.required();
        JobOffer offer = save(JobOffer.pendingException(application, terms, range, justification, me,
                clock.instant()));
        auditLog.record(application.hiringRecord(), AUDIT_TYPE, offer.getId(), "EXCEPTION_REQUESTED", null,
                describe(offer) + "; justification: " + justification.trim());
        OfferDetail detail = offer.toDetail();
        for (String decider : deciders.of(offer)) {
            notifications.notify(decider, "Offer exception to decide: " + application.getReference(),
                    "An offer of " + Money.text(detail.amount()) + " for " + application.getTitle()
                            + " is outside the posted range (" + range.describeAt(detail.fte()) + "). Justification: "
                            + justification.trim(),
                    "offer-exceptions");
        }
        return detail;
    }

    /** HR withdraws an open offer (or an undecided exception request); a reason is required. */
    @Transactional
    @PreAuthorize("hasRole('RECRUITER')")
    public OfferDetail rescind(long offerId, long expectedVersion, String reason) {
        JobOffer offer = current(offerId, expectedVersion);
        OfferStatus before = offer.getStatus();
        offer.rescind(CurrentUser.required(), clock.instant(), reason);
        offers.saveAndFlush(offer);
        auditLog.record(offer.getApplication().hiringRecord(), AUDIT_TYPE, offer.getId(), "RESCINDED", before.name(),
                "RESCINDED: " + reason.trim());
        if (before == OfferStatus.EXTENDED) { // an undecided exception was never shown to the candidate
            extension.tellCandidate(offer, "Your offer for " + offer.getApplication().getTitle() + " was withdrawn",
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
    public OfferDetail recordResponse(long offerId, long expectedVersion, boolean accepted, @Nullable String reason) {
        JobOffer offer = current(offerId, expectedVersion);
        if (accepted) {
            accept(offer);
        } else {
            decline(offer, reason);
        }
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
        accept(offer);
        return offer.toMine();
    }

    /** Declines one of the signed-in caregiver's extended offers, with a reason. */
    @Transactional
    public MyOffer decline(long offerId, long expectedVersion, String reason) {
        JobOffer offer = mine(offerId, expectedVersion);
        decline(offer, reason);
        return offer.toMine();
    }

    // ---------------------------------------------------------------- helpers

    /** The offer is accepted (by the candidate, or by HR for them) and the hire follows. */
    private void accept(JobOffer offer) {
        String me = CurrentUser.required();
        Instant now = clock.instant();
        JobApplication application = offer.getApplication();
        if (offer.getStatus() == OfferStatus.EXTENDED && application.getStage() != ApplicationStage.OFFER) {
            throw new DomainException("The application is " + application.getStage().label().toLowerCase()
                    + "; this offer can no longer be accepted.");
        }
        offer.accept(me, now);
        offers.saveAndFlush(offer);
        auditLog.record(application.hiringRecord(), AUDIT_TYPE, offer.getId(), "ACCEPTED",
                OfferStatus.EXTENDED.name(), "ACCEPTED by " + me);
        hiring.hire(offer, me, now);
        tellWhoOffered(offer, "accepted", "accepted");
    }

    private void decline(JobOffer offer, @Nullable String reason) {
        String me = CurrentUser.required();
        offer.decline(me, clock.instant(), reason);
        offers.saveAndFlush(offer);
        String why = Objects.requireNonNull(reason, "decline refuses a missing reason").trim();
        auditLog.record(offer.getApplication().hiringRecord(), AUDIT_TYPE, offer.getId(), "DECLINED",
                OfferStatus.EXTENDED.name(), "DECLINED by " + me + ": " + why);
        tellWhoOffered(offer, "declined", "declined: " + why);
    }

    /** HR who made the offer hears the answer, unless they recorded it themselves. */
    private void tellWhoOffered(JobOffer offer, String answer, String detail) {
        if (CurrentUser.required().equals(offer.getOfferedBy())) {
            return;
        }
        JobApplication application = offer.getApplication();
        notifications.notify(offer.getOfferedBy(), "Offer " + answer + ": " + application.getReference(),
                "The offer for " + application.getTitle() + " was " + detail + ".",
                "candidates/" + application.getId() + "?tab=offer");
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

    static DomainException missingOffer(long offerId) {
        return new DomainException("There is no offer " + offerId + ".");
    }

    private JobOffer mine(long offerId, long expectedVersion) {
        Optional<Candidate> me = currentCandidate();
        JobOffer offer = offers.findById(offerId)
                .filter(o -> me.isPresent() && o.getApplication().getCandidate().getId().equals(me.get().getId()))
                .filter(o -> OfferStatus.SHOWN_TO_CANDIDATE.contains(o.getStatus()))
                .orElseThrow(() -> missingOffer(offerId));
        checkVersion(offer, expectedVersion);
        return offer;
    }

    static void checkVersion(JobOffer offer, long expectedVersion) {
        if (offer.getVersion() != expectedVersion) {
            throw new DomainException("The offer changed in the meantime (it is now "
                    + offer.getStatus().label().toLowerCase() + "). Reload and try again.");
        }
    }

    private Optional<Candidate> currentCandidate() {
        return accounts.findByUsername(CurrentUser.required()).map(UserSummary::employeeId)
                .flatMap(candidates::findByEmployeeId);
    }

    private static String describe(JobOffer offer) {
        OfferDetail terms = offer.toDetail(); // the stored terms, each one set
        return Money.text(terms.amount()) + " at " + terms.fte().stripTrailingZeros().toPlainString() + " FTE ("
                + terms.adminFte().stripTrailingZeros().toPlainString() + " admin) from " + terms.startDate()
                + " for application " + offer.getApplication().getId() + " (" + offer.getApplication().getReference()
                + "); posted range " + offer.range().describeAt(terms.fte());
    }


}
