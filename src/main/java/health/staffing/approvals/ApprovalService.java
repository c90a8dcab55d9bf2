package health.staffing.approvals;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import health.staffing.requisitions.ApprovalOutcome;
import health.staffing.requisitions.ApprovalTrailEntry;
import health.staffing.requisitions.ConflictOfInterest;
import health.staffing.security.AccountRules;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The approver's side: what waits for me (as myself or as a delegate), deciding it, the trail of a
 * requisition, and my delegations. Segregation of duties and "only steps waiting for you" are
 * enforced here, whatever the screen offers.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ApprovalService {

    private static final String DELEGATION_AUDIT_TYPE = "ApprovalDelegation";

    private final ApprovalStepRepository steps;
    private final DelegationRepository delegations;
    private final Approvers approvers;
    private final ApprovalProgress progress;
    private final ApprovalNotifier notifier;
    private final ApplicationEventPublisher events;
    private final UserAccountService accounts;
    private final AuditLog auditLog;
    private final TransactionTemplate freshRead;
    private final ConflictOfInterest conflicts;

    ApprovalService(ApprovalStepRepository steps, DelegationRepository delegations, Approvers approvers,
            ApprovalProgress progress, ApprovalNotifier notifier, ApplicationEventPublisher events,
            UserAccountService accounts, AuditLog auditLog, PlatformTransactionManager transactions,
            ConflictOfInterest conflicts) {
        this.conflicts = conflicts;
        this.steps = steps;
        this.delegations = delegations;
        this.approvers = approvers;
        this.progress = progress;
        this.notifier = notifier;
        this.events = events;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.freshRead = new TransactionTemplate(transactions);
        this.freshRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.freshRead.setReadOnly(true);
    }

    /** Steps waiting for the signed-in user, oldest first; never a requisition they requested or hire for. */
    @Transactional(readOnly = true)
    public List<InboxItem> inbox(Pageable page) {
        List<InboxItem> all = waiting();
        int from = (int) Math.min(page.getOffset(), all.size());
        int to = Math.min(from + page.getPageSize(), all.size());
        return all.subList(from, to);
    }

    @Transactional(readOnly = true)
    public long inboxCount() {
        return waiting().size();
    }

    private List<InboxItem> waiting() {
        Approvers.Acting acting = approvers.current(progress.today());
        return steps.findWaitingFor(acting.roles(), acting.usernames()).stream()
                .map(step -> {
                    Approvers.Principal principal = acting.resolve(step).principal();
                    if (principal == null) {
                        return null;
                    }
                    boolean delegated = !principal.username().equals(acting.self().username());
                    Instant activated = Objects.requireNonNull(step.activatedAt(), "a waiting step was activated");
                    return new InboxItem(step.getId(), step.getVersion(), step.label(), step.consulted(),
                            step.approverName(), activated, Duration.between(activated, progress.now()).toDays(),
                            delegated ? principal.username() : null, delegated ? principal.displayName() : null,
                            step.request().toSnapshot());
                })
                .filter(Objects::nonNull).toList();
    }

    /**
     * Decides a waiting step. {@code expectedVersion} is the version the approver saw: when someone
     * decided first, the approver is told who, and nothing of either decision is lost.
     */
    @Transactional
    public void decide(long stepId, long expectedVersion, Decision decision, @Nullable String comment) {
        Objects.requireNonNull(decision, "decision");
        ApprovalStep step = steps.findById(stepId)
                .orElseThrow(() -> new DomainException("This approval step no longer exists — reload your inbox."));
        if (step.state() != StepState.WAITING || step.getVersion() != expectedVersion) {
            throw stale(step);
        }
        Approvers.Acting acting = approvers.current(progress.today());
        Approvers.Resolution resolution = acting.resolve(step);
        if (resolution.principal() == null) {
            if (resolution.candidate()) {
                throw conflicts.refuse(step.request().requisitionId(), step.request().reference(),
                        "decide its approval");
            }
            String refusal = Objects.requireNonNull(resolution.refusal(), "a refusal says why");
            if (resolution.segregation()) {
                throw new DomainException(refusal);
            }
            throw new AccessDeniedException(refusal);
        }
        requireComment(decision, comment);
        Approvers.Principal self = acting.self();
        Approvers.Principal principal = resolution.principal();
        boolean delegated = !principal.username().equals(self.username());
        String before = step.state().label();
        step.decide(decision, self.username(), self.displayName(), delegated ? principal.username() : null,
                delegated ? principal.displayName() : null, comment, progress.now());
        try {
            steps.saveAndFlush(step);
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException lost) {
            throw decidedMeanwhile(stepId);
        }
        progress.audit(step, step.state().label().toLowerCase(), before, decisionText(step));
        notifier.stepDecided(step, step.request());

        ApprovalRequest request = step.request();
        List<ApprovalStep> rest = steps.findByRequestOrderBySequenceAsc(request).stream()
                .filter(other -> other.sequence() > step.sequence()).toList();
        switch (decision) {
            case APPROVE -> {
                if (progress.activateNext(request).isEmpty()) {
                    publish(request, ApprovalOutcome.Decision.APPROVED, self.username(), step.comment());
                }
            }
            case REJECT -> {
                progress.closeOpen(rest, StepState.NOT_REACHED, "rejected at " + step.label());
                publish(request, ApprovalOutcome.Decision.REJECTED, self.username(), step.comment());
            }
            case REQUEST_CHANGES -> {
                progress.closeOpen(rest, StepState.NOT_REACHED, "changes requested at " + step.label());
                publish(request, ApprovalOutcome.Decision.CHANGES_REQUESTED, self.username(), step.comment());
            }
        }
    }

    private void publish(ApprovalRequest request, ApprovalOutcome.Decision decision, String by,
            @Nullable String comment) {
        events.publishEvent(new ApprovalOutcome(request.requisitionId(), request.round(), decision, by, comment));
    }

    private static void requireComment(Decision decision, @Nullable String comment) {
        decision.commentProblem(comment).ifPresent(problem -> {
            throw new DomainException(problem);
        });
    }

    private static String decisionText(ApprovalStep step) {
        ApprovalTrailEntry entry = step.toTrailEntry();
        return entry.state() + " by " + entry.decidedBy()
                + (entry.onBehalfOf() == null ? "" : " on behalf of " + entry.onBehalfOf())
                + (entry.comment() == null ? "" : ": " + entry.comment());
    }

    private static DomainException stale(ApprovalStep step) {
        if (step.state().decided()) {
            return new DomainException("This step was decided by " + step.decidedByName() + " a moment ago.");
        }
        if (step.state() == StepState.WAITING) {
            return new DomainException("This step changed a moment ago.");
        }
        return new DomainException("This step is no longer waiting (" + step.state().label().toLowerCase() + ").");
    }

    /** The other decision committed first: read it in a fresh transaction to say who made it. */
    private DomainException decidedMeanwhile(long stepId) {
        return Objects.requireNonNull(freshRead.execute(status -> steps.findById(stepId)
                .map(ApprovalService::stale)
                .orElseGet(() -> new DomainException("This approval step no longer exists — reload your inbox."))));
    }

    /**
     * Every round and step of a requisition. Open to those who see requisitions anyway (HR, CMO
     * office, finance, admin), its requester and hiring manager, and its named approvers.
     */
    @Transactional(readOnly = true)
    public List<ApprovalTrailEntry> trail(long requisitionId) {
        List<ApprovalStep> all = steps.findByRequisitionIdOrderByRoundAscSequenceAsc(requisitionId);
        String me = CurrentUser.required();
        boolean allowed = CurrentUser.roles().stream().anyMatch(role -> List.of(AppRoles.RECRUITER, AppRoles.ADMIN,
                AppRoles.CMO_OFFICE, AppRoles.FINANCE).contains(role))
                || all.stream().anyMatch(step -> step.request().involves(me) || me.equals(step.username()))
                || waiting().stream().anyMatch(item -> item.requisition().requisitionId() == requisitionId);
        if (!allowed) {
            throw new AccessDeniedException("Not an approver of requisition " + requisitionId);
        }
        return all.stream().map(ApprovalStep::toTrailEntry).toList();
    }

    // Delegation

    /** Delegations the signed-in user gave or received that are not over yet. */
    @Transactional(readOnly = true)
    public List<DelegationItem> myDelegations() {
        String me = CurrentUser.required();
        LocalDate today = progress.today();
        return delegations.findCurrentInvolving(me, today).stream().map(delegation -> toItem(delegation, me, today))
                .toList();
    }

    /** Lets {@code delegate} decide the signed-in user's steps from {@code from} to {@code to}, inclusive. */
    @Transactional
    public DelegationItem delegate(String delegate, LocalDate from, LocalDate to) {
        String me = CurrentUser.required();
        String normalised = delegate == null ? "" : delegate.trim().toLowerCase();
        if (normalised.isEmpty()) {
            throw new DomainException("Name the colleague who decides for you (their user name).");
        }
        TextLimits.require("The delegate's user name", normalised, AccountRules.MAX_USERNAME);
        if (accounts.findByUsername(normalised).filter(UserSummary::enabled).isEmpty()) {
            throw new DomainException("There is no active user " + normalised + ".");
        }
        LocalDate today = progress.today();
        if (from != null && from.isBefore(today)) {
            throw new DomainException("A delegation cannot start in the past; start it today or later.");
        }
        Delegation saved = delegations.save(new Delegation(me, normalised, from, to));
        auditLog.record(DELEGATION_AUDIT_TYPE, saved.getId(), "Delegation given", null, saved.describe());
        return toItem(saved, me, today);
    }

    /** Ends one of the signed-in user's delegations now: the delegate can no longer decide from today. */
    @Transactional
    public void endDelegation(long delegationId) {
        Delegation delegation = delegations.findById(delegationId)
                .orElseThrow(() -> new DomainException("That delegation no longer exists."));
        if (!delegation.delegator().equals(CurrentUser.required())) {
            throw new AccessDeniedException("Only the approver who gave a delegation can end it.");
        }
        String before = delegation.describe();
        LocalDate today = progress.today();
        if (!delegation.validFrom().isBefore(today)) {
            delegations.delete(delegation);
            auditLog.record(DELEGATION_AUDIT_TYPE, delegationId, "Delegation withdrawn", before, null);
        } else {
            delegation.endAfter(today.minusDays(1));
            auditLog.record(DELEGATION_AUDIT_TYPE, delegationId, "Delegation ended", before, delegation.describe());
        }
    }

    private DelegationItem toItem(Delegation delegation, String me, LocalDate today) {
        return new DelegationItem(delegation.getId(), delegation.delegator(),
                approvers.displayName(delegation.delegator()), delegation.delegate(),
                approvers.displayName(delegation.delegate()), delegation.validFrom(), delegation.validTo(),
                delegation.activeOn(today), delegation.delegator().equals(me));
    }
}
