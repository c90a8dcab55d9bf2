package health.staffing.candidates.offers;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import health.staffing.base.Money;
import health.staffing.base.TextLimits;
import health.staffing.candidates.JobApplication;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One offer on one application, guarding its own lifecycle: an extended offer is accepted,
 * declined (reason) or rescinded (reason); a pending exception is approved (then extended) or
 * rejected (reason) by someone other than who requested it.
 */
@Entity
@Table(name = "job_offer")
class JobOffer extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private JobApplication application;
    /** The application's id while the offer is open; its unique key allows one open offer per application. */
    @Column(name = "open_application_id")
    private @Nullable Long openApplicationId;
    @Column(name = "requisition_id", nullable = false)
    private long requisitionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferStatus status;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;
    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal fte;
    @Column(name = "admin_fte", nullable = false, precision = 4, scale = 2)
    private BigDecimal adminFte;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(length = 1000)
    private @Nullable String note;
    @Column(name = "range_min", nullable = false, precision = 12, scale = 2)
    private BigDecimal rangeMin;
    @Column(name = "range_max", nullable = false, precision = 12, scale = 2)
    private BigDecimal rangeMax;
    @Column(name = "adjusted_for_fte", nullable = false)
    private boolean adjustedForFte;
    @Column(name = "offered_by", nullable = false, length = 100)
    private String offeredBy;
    @Column(name = "offered_at", nullable = false)
    private Instant offeredAt;
    @Column(name = "exception_justification", length = 1000)
    private @Nullable String exceptionJustification;
    @Column(name = "exception_requested_by", length = 100)
    private @Nullable String exceptionRequestedBy;
    @Column(name = "exception_requested_at")
    private @Nullable Instant exceptionRequestedAt;
    @Column(name = "exception_decided_by", length = 100)
    private @Nullable String exceptionDecidedBy;
    @Column(name = "exception_decided_at")
    private @Nullable Instant exceptionDecidedAt;
    @Column(name = "exception_decision_reason", length = 1000)
    private @Nullable String exceptionDecisionReason;
    @Column(name = "responded_by", length = 100)
    private @Nullable String respondedBy;
    @Column(name = "responded_at")
    private @Nullable Instant respondedAt;
    @Column(name = "response_reason", length = 1000)
    private @Nullable String responseReason;
    @Column(name = "seat_code", length = 40)
    private @Nullable String seatCode;

    protected JobOffer() {
    }

    private JobOffer(JobApplication application, OfferTerms terms, OfferRange range, OfferStatus status, String by,
            Instant at) {
        this.application = application;
        this.openApplicationId = application.getId();
        this.requisitionId = application.getRequisitionId();
        this.status = status;
        this.amount = checked(terms.amount());
        this.fte = checked(terms.fte());
        this.adminFte = checked(terms.adminFte());
        this.startDate = checked(terms.startDate());
        this.note = blankToNull(terms.note());
        this.rangeMin = range.min();
        this.rangeMax = range.max();
        this.adjustedForFte = range.adjustedForFte();
        this.offeredBy = by;
        this.offeredAt = at;
    }

    /** An offer inside the posted range: extended at once. */
    static JobOffer extended(JobApplication application, OfferTerms terms, OfferRange range, String by, Instant at) {
        BigDecimal amount = checked(terms.amount());
        BigDecimal fte = checked(terms.fte());
        if (!range.contains(amount, fte)) {
            throw new DomainException(range.refusal(amount, fte));
        }
        return new JobOffer(application, terms, range, OfferStatus.EXTENDED, by, at);
    }

    /** An offer outside the posted range: it waits for the CMO office's decision. */
    static JobOffer pendingException(JobApplication application, OfferTerms terms, OfferRange range,
            String justification, String by, Instant at) {
        BigDecimal amount = checked(terms.amount());
        BigDecimal fte = checked(terms.fte());
        if (range.contains(amount, fte)) {
            throw new DomainException(Money.text(amount) + " is inside the posted range ("
                    + range.describeAt(fte) + "); make the offer directly, no exception is needed.");
        }
        if (TextLimits.isBlank(justification)) {
            throw new DomainException("Give a justification for the exception: why this offer should be outside the"
                    + " posted range.");
        }
        TextLimits.requireText("The justification", justification, OfferTerms.MAX_TEXT);
        JobOffer offer = new JobOffer(application, terms, range, OfferStatus.PENDING_EXCEPTION, by, at);
        offer.exceptionJustification = justification.strip();
        offer.exceptionRequestedBy = by;
        offer.exceptionRequestedAt = at;
        return offer;
    }

    void approveException(String by, Instant at, @Nullable String comment) {
        checkDecider(by);
        TextLimits.requireText("The comment", comment, OfferTerms.MAX_TEXT);
        this.status = OfferStatus.EXTENDED;
        this.exceptionDecidedBy = by;
        this.exceptionDecidedAt = at;
        this.exceptionDecisionReason = blankToNull(comment);
    }

    void rejectException(String by, Instant at, String reason) {
        checkDecider(by);
        this.exceptionDecisionReason = required(reason, "Give a reason for rejecting the exception.");
        this.status = OfferStatus.REJECTED_EXCEPTION;
        this.exceptionDecidedBy = by;
        this.exceptionDecidedAt = at;
        this.openApplicationId = null;
    }

    void accept(String by, Instant at) {
        requireExtended("accepted");
        respond(OfferStatus.ACCEPTED, by, at, null);
    }

    void decline(String by, Instant at, @Nullable String reason) {
        requireExtended("declined");
        respond(OfferStatus.DECLINED, by, at, required(reason, "Give a reason for declining the offer."));
    }

    /** HR withdraws an open offer (an extended one, or an exception request nobody has decided yet). */
    void rescind(String by, Instant at, @Nullable String reason) {
        if (!status.isOpen()) {
            throw new DomainException("An offer that is " + status.label().toLowerCase() + " cannot be rescinded.");
        }
        respond(OfferStatus.RESCINDED, by, at, required(reason, "Give a reason for rescinding the offer."));
    }

    void placedIn(String seatCode) {
        this.seatCode = seatCode;
    }

    private void respond(OfferStatus target, String by, Instant at, @Nullable String reason) {
        this.status = target;
        this.respondedBy = by;
        this.respondedAt = at;
        this.responseReason = reason;
        this.openApplicationId = null;
    }

    void checkDecider(String by) {
        if (status != OfferStatus.PENDING_EXCEPTION) {
            throw new DomainException("This offer is " + status.label().toLowerCase()
                    + "; there is no exception to decide.");
        }
        if (by.equals(exceptionRequestedBy)) {
            throw new DomainException("You requested this exception, so you cannot decide it: someone else in the CMO"
                    + " office must.");
        }
    }

    private void requireExtended(String what) {
        if (status != OfferStatus.EXTENDED) {
            throw new DomainException("Only an extended offer can be " + what + "; this one is "
                    + status.label().toLowerCase() + ".");
        }
    }

    private static String required(@Nullable String text, String message) {
        String value = blankToNull(text);
        if (value == null) {
            throw new DomainException(message);
        }
        return TextLimits.requireText("The reason", value, OfferTerms.MAX_TEXT);
    }

    /** Zero before the first save (plain unit tests). */
    private static long idOf(AbstractEntity entity) {
        return entity.getId() == null ? 0 : entity.getId();
    }

    /** The terms were checked whole ({@link OfferRange#check}) before an offer is made of them. */
    private static <T> T checked(@Nullable T value) {
        return Objects.requireNonNull(value, "checked by OfferRange.check");
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return TextLimits.isBlank(text) ? null : text.strip();
    }

    OfferRange range() {
        return new OfferRange(rangeMin, rangeMax, adjustedForFte);
    }

    OfferTerms terms() {
        return new OfferTerms(amount, fte, adminFte, startDate, note);
    }

    JobApplication getApplication() {
        return application;
    }

    long getRequisitionId() {
        return requisitionId;
    }

    OfferStatus getStatus() {
        return status;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    String getOfferedBy() {
        return offeredBy;
    }

    @Nullable String getExceptionRequestedBy() {
        return exceptionRequestedBy;
    }

    OfferDetail toDetail() {
        return new OfferDetail(idOf(this), getVersion(), idOf(application), application.getReference(),
                application.getTitle(), status, amount, fte, adminFte, startDate, note, range(),
                range().contains(amount, fte), offeredBy, offeredAt, exceptionJustification, exceptionRequestedBy,
                exceptionRequestedAt, exceptionDecidedBy, exceptionDecidedAt, exceptionDecisionReason, respondedBy,
                respondedAt, responseReason, seatCode);
    }

    MyOffer toMine() {
        return new MyOffer(idOf(this), getVersion(), idOf(application), status, amount, fte, adminFte, startDate, note,
                respondedAt, responseReason);
    }
}
