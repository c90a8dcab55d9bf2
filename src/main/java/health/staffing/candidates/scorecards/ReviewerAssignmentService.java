package health.staffing.candidates.scorecards;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.HiringAccess;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.ReviewerAssignments;
import health.staffing.candidates.review.BlindReview;
import health.staffing.notifications.NotificationService;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who reviews which application. HR or the requisition's hiring team assigns reviewers (any active
 * account except the applicant, the applicant's manager and candidates on the requisition) and may take
 * off those who have not submitted; the reviewer is told either way. An assignment is an empty
 * {@link Scorecard} the reviewer then fills in ({@link ScorecardService}).
 */
@Service
@PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
public class ReviewerAssignmentService implements ReviewerAssignments {

    private final ScorecardRepository scorecards;
    private final BlindReview blind;
    private final HiringAccess access;
    private final UserAccountService accounts;
    private final ApplicantNames names;
    private final NotificationService notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    ReviewerAssignmentService(ScorecardRepository scorecards, BlindReview blind, HiringAccess access,
            UserAccountService accounts, ApplicantNames names, NotificationService notifications, AuditLog auditLog,
            Clock clock) {
        this.scorecards = scorecards;
        this.blind = blind;
        this.access = access;
        this.accounts = accounts;
        this.names = names;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Assigns {@code reviewer} to every listed application they are not yet assigned to; returns how
     * many were new. All or nothing: one application outside the caller's scope or closed refuses the
     * batch, as does a reviewer who is a candidate on the requisition, the applicant, or the
     * applicant's manager (then or now: a manager never scores their own report).
     */
    @Transactional
    @Override
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public int assign(Collection<Long> applicationIds, String reviewer) {
        if (applicationIds == null || applicationIds.isEmpty()) {
            throw new DomainException("Select at least one application.");
        }
        UserSummary account = activeAccount(reviewer);
        HiringAccess.Viewer viewer = access.viewer();
        List<JobApplication> assigned = new ArrayList<>();
        for (long applicationId : new LinkedHashSet<>(applicationIds)) {
            JobApplication application = access.visible(applicationId, viewer);
            if (application.getStage().isFinal()) {
                throw new DomainException("The application of " + names.shown(application, blind.masks(application)) + " to "
                        + application.getReference() + " is " + application.getStage().label().toLowerCase()
                        + "; there is nothing left to review.");
            }
            if (account.employeeId() != null && account.employeeId().equals(application.getCandidate().getEmployeeId())) {
                throw new DomainException(account.displayName() + " applied for " + application.getReference()
                        + " and cannot review their own application.");
            }
            if (access.isCandidate(account.username(), application.getRequisitionId())) {
                throw new DomainException(account.displayName() + " is a candidate for " + application.getReference()
                        + " and cannot review its candidates (conflict of interest).");
            }
            if (access.managesApplicant(account.employeeId(), application)) {
                throw new DomainException(account.displayName() + " manages " + names.shown(application,
                        blind.masks(application)) + " and cannot score their application; choose another reviewer.");
            }
            if (scorecards.existsByApplicationIdAndReviewer(applicationId, account.username())) {
                continue;
            }
            Scorecard scorecard = scorecards.save(new Scorecard(applicationId, account.username(),
                    CurrentUser.required(), clock.instant()));
            auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, applicationId,
                    "REVIEWER_ASSIGNED", null, account.username());
            auditLog.record(application.hiringRecord(), ScorecardService.AUDIT_TYPE, scorecard.getId(), "ASSIGNED", null,
                    account.username() + " to application " + applicationId);
            assigned.add(application);
        }
        if (assigned.size() == 1) {
            JobApplication only = assigned.getFirst();
            notifications.notify(account.username(), "Please review a candidate for " + only.getReference(),
                    "You were asked to score an application to " + only.getReference() + " · " + only.getTitle()
                            + ". Your scores stay private until you submit them.", "reviews/" + only.getId());
        } else if (!assigned.isEmpty()) {
            notifications.notify(account.username(), "Please review " + assigned.size() + " candidates",
                    "You were asked to score " + assigned.size() + " applications ("
                            + assigned.stream().map(JobApplication::getReference).distinct().sorted()
                                    .collect(Collectors.joining(", "))
                            + "). Your scores stay private until you submit them.", "reviews");
        }
        return assigned.size();
    }

    /** Takes a reviewer off an application; refused once their scorecard is submitted (it stays on record). */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public void unassign(long applicationId, String reviewer) {
        JobApplication application = access.visible(applicationId, access.viewer());
        Scorecard scorecard = scorecards.findByApplicationIdAndReviewer(applicationId, reviewer)
                .orElseThrow(() -> new DomainException(reviewer + " is not a reviewer of this application."));
        if (scorecard.isSubmitted()) {
            throw new DomainException(displayName(reviewer) + " has submitted their scorecard; it stays part of "
                    + "the record and the reviewer cannot be removed.");
        }
        scorecards.delete(scorecard);
        auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, applicationId,
                "REVIEWER_UNASSIGNED", reviewer, null);
        auditLog.record(application.hiringRecord(), ScorecardService.AUDIT_TYPE, scorecard.getId(), "UNASSIGNED", reviewer, null);
        notifications.notify(reviewer, "Review no longer needed for " + application.getReference(),
                "You no longer need to score an application to " + application.getReference() + " · "
                        + application.getTitle() + ".", "reviews");
    }

    /** Who reviews the application and whether they have submitted, for the hiring team. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public List<ReviewerAssignment> reviewers(long applicationId) {
        access.visible(applicationId, access.viewer());
        List<Scorecard> found = scorecards.findByApplicationIdOrderByAssignedAtAscIdAsc(applicationId);
        Map<String, String> names = accounts.displayNames(found.stream().map(Scorecard::getReviewer).toList());
        return found.stream().map(s -> new ReviewerAssignment(applicationId, s.getReviewer(),
                names.get(s.getReviewer()), s.isSubmitted(), s.getAssignedBy(), s.getAssignedAt(),
                s.getSubmittedAt())).toList();
    }

    private UserSummary activeAccount(String username) {
        return Optional.ofNullable(username).flatMap(accounts::findByUsername).filter(UserSummary::enabled)
                .orElseThrow(() -> new DomainException("There is no active account \"" + username
                        + "\". Pick the reviewer from the list."));
    }

    private @Nullable String displayName(String username) {
        return accounts.displayNames(List.of(username)).get(username);
    }
}
