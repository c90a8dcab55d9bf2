package health.staffing.candidates;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hiring team moves applications through their stages, one or many at once, by the
 * application's own stage machine ({@link ApplicationStage}) and inside {@link HiringAccess}'s row
 * rule. Every move is audited; a rejection publishes {@link ApplicationEnded}. Offers and hiring
 * have their own service, withdrawal is the candidate's ({@link ApplicationService}).
 */
@Service
@PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
public class StageService {

    private final JobApplicationRepository applications;
    private final AuditLog auditLog;
    private final Clock clock;
    private final HiringAccess access;
    private final ApplicationEventPublisher events;

    StageService(JobApplicationRepository applications, AuditLog auditLog, Clock clock, HiringAccess access,
            ApplicationEventPublisher events) {
        this.applications = applications;
        this.auditLog = auditLog;
        this.clock = clock;
        this.access = access;
        this.events = events;
    }

    /**
     * Moves every listed application to {@code target}. All or nothing: one stale version, one
     * illegal move or one application outside the caller's scope refuses the whole batch. A
     * rejection needs an internal reason; {@code candidateMessage}, optional, is what the candidate
     * reads with the courteous status (they never see the internal reason).
     */
    @Transactional
    public int moveStage(List<StageMove> moves, ApplicationStage target, @Nullable String reason,
            @Nullable String candidateMessage) {
        if (moves.isEmpty()) {
            throw new DomainException("Select at least one application.");
        }
        if (target == ApplicationStage.WITHDRAWN) {
            throw new DomainException("Only the candidate can withdraw an application.");
        }
        StageRules.checkReason(target, reason);
        StageRules.checkCandidateMessage(candidateMessage);
        HiringAccess.Viewer viewer = access.viewer();
        for (StageMove move : moves) {
            JobApplication application = access.visible(move.applicationId(), viewer);
            if (application.getVersion() != move.expectedVersion()) {
                throw new DomainException("The application of " + application.getReference()
                        + " changed in the meantime. Reload and try again; nothing was moved.");
            }
            if ((target == ApplicationStage.OFFER || target == ApplicationStage.HIRED)
                    && application.getStage().canMoveTo(target)) {
                // Offers carry terms, a range check and an acceptance: OfferService moves these stages.
                throw new DomainException("Make the offer on the application's Offer tab; accepting it hires the"
                        + " candidate. Nothing was moved.");
            }
            ApplicationStage before = application.getStage();
            application.moveTo(target, viewer.username(), clock.instant(), reason, candidateMessage);
            applications.saveAndFlush(application);
            events.publishEvent(new ApplicationStageChanged(application.getId(), target));
            auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, application.getId(),
                    "STAGE_CHANGED", before.name(), target.name() + (reason == null || reason.isBlank() ? ""
                            : ": " + reason.trim()) + (candidateMessage == null || candidateMessage.isBlank() ? ""
                            : " (message to the candidate: " + candidateMessage.trim() + ")"));
            if (target == ApplicationStage.REJECTED) {
                events.publishEvent(new ApplicationEnded(application.getId(), clock.instant(),
                        "The application was rejected."));
            }
        }
        return moves.size();
    }

    /** {@link #moveStage(List, ApplicationStage, String, String)} without a message to the candidate. */
    @Transactional
    public int moveStage(List<StageMove> moves, ApplicationStage target, @Nullable String reason) {
        return moveStage(moves, target, reason, null);
    }
}
