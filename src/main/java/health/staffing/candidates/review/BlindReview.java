package health.staffing.candidates.review;

import health.staffing.base.AuditLog;
import health.staffing.base.HiringRecord;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.StageChange;
import health.staffing.candidates.StateLicense;
import health.staffing.candidates.screening.CriterionResult;
import health.staffing.candidates.screening.ScreeningResult;
import health.staffing.security.CurrentUser;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The blind first pass: while a requisition has it on and an application is still
 * {@link ApplicationStage#APPLIED applied} (no screening decision yet), every review screen sees
 * "Candidate 4F2A" instead of the name and none of the details that reveal who or how old someone
 * is: email, current position or employer, photo, NPI (a public registry lookup away from the name),
 * licence and certification expiry dates, document file names. The services mask the records they
 * return, so no screen can forget to.
 */
@Component
public class BlindReview {

    public static final String HIDDEN = "Hidden in the blind first pass";
    public static final String AUDIT_TYPE = "ReviewSettings";

    private final ReviewSettingsRepository settings;
    private final AuditLog auditLog;
    private final Clock clock;

    BlindReview(ReviewSettingsRepository settings, AuditLog auditLog, Clock clock) {
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    boolean isOn(long requisitionId) {
        return settings.findById(requisitionId).map(ReviewSettings::isBlindFirstPass).orElse(false);
    }

    /** The requisitions among these that review blind. */
    public Set<Long> blindAmong(Collection<Long> requisitionIds) {
        return requisitionIds.isEmpty() ? Set.of() : new HashSet<>(settings.blindAmong(Set.copyOf(requisitionIds)));
    }

    /** Turns the blind first pass on or off; the caller checked that they may. Audited. */
    void set(long requisitionId, boolean on) {
        ReviewSettings current = settings.findById(requisitionId).orElseGet(() -> new ReviewSettings(requisitionId));
        boolean before = current.isBlindFirstPass();
        current.blindFirstPass(on, CurrentUser.required(), clock.instant());
        settings.save(current);
        if (before != on) {
            auditLog.record(HiringRecord.ofRequisition(requisitionId), AUDIT_TYPE, requisitionId,
                    on ? "BLIND_FIRST_PASS_ON" : "BLIND_FIRST_PASS_OFF",
                    String.valueOf(before), String.valueOf(on));
        }
    }

    /** Whether an application at this stage is reviewed blind when its requisition has the setting on. */
    public static boolean masks(boolean blindFirstPass, ApplicationStage stage) {
        return blindFirstPass && stage == ApplicationStage.APPLIED;
    }

    public boolean masks(JobApplication application) {
        return application.getStage() == ApplicationStage.APPLIED && isOn(application.getRequisitionId());
    }

    /** "Candidate 4F2A": the same for one application every time, different between applications. */
    public static String alias(long applicationId) {
        long mixed = applicationId * 0x9E3779B97F4A7C15L;
        mixed ^= mixed >>> 29;
        return "Candidate " + String.format(Locale.ROOT, "%04X", (mixed >>> 16) & 0xFFFF);
    }

    /** The detail with everything identifying taken out. */
    static ApplicationDetail masked(ApplicationDetail d) {
        return new ApplicationDetail(d.id(), d.version(), d.requisitionId(), d.reference(), d.title(), alias(d.id()),
                d.internal(), null, null, d.internal() ? HIDDEN : null, d.stage(), d.submittedAt(), d.degrees(),
                d.boardCertifications().stream().map(c -> new BoardCertification(c.specialty(), c.board(), null))
                        .toList(),
                d.licenses().stream().map(l -> new StateLicense(l.state(), HIDDEN_NUMBER, l.status(), null)).toList(),
                d.npi() == null ? null : HIDDEN, d.clinicalYears(), d.leadershipYears(), d.managedCareYears(),
                d.residencyCompleted(),
                d.documents().stream().map(doc -> new ApplicationDetail.DocumentInfo(doc.id(), doc.kind(),
                        anonymousFilename(doc), doc.contentType(), doc.sizeBytes())).toList(),
                d.history().stream().map(BlindReview::masked).toList(), d.documentsWithheld());
    }

    /**
     * A screening result without what identifies or dates the candidate: each outcome stays (it was
     * evaluated on the real credentials), the details (licence numbers, expiry dates) and dates go.
     */
    static ScreeningResult masked(ScreeningResult result) {
        return new ScreeningResult(result.criteria().stream()
                .map(c -> c.withDetail(HIDDEN)).toList(), result.overall(),
                result.criteriaMet(), null);
    }

    /** The applicant's own entry ("applied", by their user name) must not name them either. */
    private static StageChange masked(StageChange change) {
        return change.from() == null ? new StageChange(change.from(), change.to(), "the candidate", change.at(),
                change.reason(), change.candidateMessage()) : change;
    }

    /** A licence number is as good as a name in the state board's public lookup. */
    public static final String HIDDEN_NUMBER = "(number hidden)";

    static String anonymousFilename(ApplicationDetail.DocumentInfo document) {
        String name = document.filename();
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return document.kind().label() + (dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT));
    }
}
