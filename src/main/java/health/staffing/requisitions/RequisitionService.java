package health.staffing.requisitions;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, editing and moving requisitions through their lifecycle. Row rule: HR, administrators,
 * the CMO office and finance see every requisition; anyone else only those they requested or hire
 * for. Approval decisions arrive as {@link ApprovalOutcome} events (see {@link ApprovalOutcomeListener}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RequisitionService {

    static final String AUDIT_TYPE = "Requisition";
    /** The width of the closing-reason column (V2), shared with the dialog that asks for it. */
    public static final int MAX_CANCEL_REASON = 1000;
    static final Set<String> SEE_ALL_ROLES = Set.of(AppRoles.RECRUITER, AppRoles.ADMIN, AppRoles.CMO_OFFICE,
            AppRoles.FINANCE);

    /** Whether these roles see every requisition (HR, finance, the CMO office, administrators); others see their own. */
    public static boolean seesAllRequisitions(Set<String> roles) {
        return roles.stream().anyMatch(SEE_ALL_ROLES::contains);
    }

    /** Statuses in which a seat counts as having an open requisition: a second one is refused. */
    static final Set<RequisitionStatus> OPEN = EnumSet.of(RequisitionStatus.DRAFT, RequisitionStatus.PENDING_APPROVAL,
            RequisitionStatus.CHANGES_REQUESTED, RequisitionStatus.APPROVED, RequisitionStatus.POSTED,
            RequisitionStatus.ON_HOLD);

    private final RequisitionRepository requisitions;
    private final JobReferences references;
    private final UserAccountService accounts;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ConflictOfInterest conflicts;
    private final RequisitionGuard guard;
    private final SeatPlacement placement;
    private final RequisitionDetailsAssembler details;
    private final PayTransparencyService payTransparency;

    RequisitionService(RequisitionRepository requisitions, JobReferences references, UserAccountService accounts,
            AuditLog auditLog, ApplicationEventPublisher events, Clock clock, ConflictOfInterest conflicts,
            RequisitionGuard guard, SeatPlacement placement, RequisitionDetailsAssembler details,
            PayTransparencyService payTransparency) {
        this.requisitions = requisitions;
        this.references = references;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
        this.conflicts = conflicts;
        this.guard = guard;
        this.placement = placement;
        this.details = details;
        this.payTransparency = payTransparency;
    }

    @Transactional(readOnly = true)
    public RequisitionDetails details(long id) {
        return details.of(guard.visible(id));
    }

    @Transactional(readOnly = true)
    public List<RequisitionListItem> list(RequisitionFilter filter, Pageable page) {
        Page<Requisition> found = requisitions.findAll(
                RequisitionSpecifications.matching(filter, RequisitionGuard.viewer(), clock), page);
        Map<String, String> names = accounts.displayNames(found.stream()
                .flatMap(r -> Stream.of(r.getHiringManager(), r.getRecruiter())).collect(Collectors.toSet()));
        Instant now = Instant.now(clock);
        return found.map(r -> new RequisitionListItem(r.getId(), r.getReference(), r.getKind(), r.getStatus(),
                r.getTitle(), r.getOrganisationCode(), r.getDepartment(), names.get(r.getHiringManager()),
                names.get(r.getRecruiter()), r.getFte(), Budget.of(r.getSalaryMax(), r.getFte(), r.getOpenings()),
                r.getCreatedAt(), ChronoUnit.DAYS.between(r.getCreatedAt(), now))).getContent();
    }

    /**
     * Who runs the requisition (requester, hiring manager, recruiter), for other features' rules:
     * the candidates feature's hiring team and "you run this requisition" when applying. User names
     * only, without the row rule; a missing id is an empty answer.
     */
    @Transactional(readOnly = true)
    public Optional<RequisitionTeam> team(long id) {
        return requisitions.findById(id).map(r -> new RequisitionTeam(r.getId(), r.getReference(), r.getTitle(),
                r.getRequestedBy(), r.getHiringManager(), r.getRecruiter()));
    }

    /**
     * The requisitions on whose hiring team this person is, as hiring manager or recruiter, at most
     * {@code limit}; whatever else their roles let them see. (Who requested a requisition is not on
     * its hiring team for that alone.)
     */
    @Transactional(readOnly = true)
    public Set<Long> hiringTeamOf(String username, int limit) {
        if (username == null) {
            return Set.of();
        }
        return Set.copyOf(requisitions.idsOfHiringTeam(username, PageRequest.of(0, limit)));
    }

    @Transactional(readOnly = true)
    public long count(RequisitionFilter filter) {
        return requisitions.count(RequisitionSpecifications.matching(filter, RequisitionGuard.viewer(), clock));
    }

    /** The requisition by its job reference, with the same row rule as {@link #details}. */
    @Transactional(readOnly = true)
    public RequisitionDetails findByReference(String reference) {
        Requisition requisition = requisitions.findByReference(reference)
                .orElseThrow(() -> new DomainException("There is no requisition " + reference + "."));
        return details(requisition.getId());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('HIRING_MANAGER', 'RECRUITER', 'ADMIN')")
    public RequisitionDetails create(RequisitionForm form) {
        return create(form, references.next());
    }

    /**
     * Brings over a requisition that already has a job reference in the system it comes from
     * (a Workday import), so postings keep the number candidates know. Administrators only.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RequisitionDetails importWithReference(RequisitionForm form, @Nullable String reference) {
        if (reference == null || !reference.trim().matches("\\d{4,12}")) {
            throw new DomainException("A job reference is 4 to 12 digits.");
        }
        if (requisitions.findByReference(reference.trim()).isPresent()) {
            throw new DomainException("Job reference " + reference.trim() + " is already in use.");
        }
        return create(form, reference.trim());
    }

    private RequisitionDetails create(RequisitionForm form, String reference) {
        Requisition requisition = new Requisition(reference, form.getKind(), CurrentUser.required(),
                Instant.now(clock));
        requisition.apply(form, placement.place(form, null));
        guard.checkPeople(form.getHiringManager(), form.getRecruiter());
        requisitions.saveAndFlush(requisition);
        auditLog.record(AUDIT_TYPE, requisition.getId(), "CREATED", null, describe(requisition));
        return details.of(requisition);
    }

    /**
     * Saves an edit. On an approved or posted requisition a change to a material field (title,
     * salary range, FTE or its split, manager, proposed dotted lines) starts a new approval round.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('HIRING_MANAGER', 'RECRUITER', 'ADMIN')")
    public RequisitionDetails update(long id, long expectedVersion, RequisitionForm form) {
        Requisition requisition = guard.editable(id, expectedVersion);
        if (form.getKind() != requisition.getKind()) {
            throw new DomainException("The kind of a requisition cannot change; cancel it and create a new one.");
        }
        guard.checkPeople(form.getHiringManager(), form.getRecruiter());
        guard.checkNotCandidates(requisition, form.getHiringManager(), form.getRecruiter());
        String before = describe(requisition);
        RequisitionStatus status = requisition.getStatus();
        List<String> material = requisition.apply(form, placement.place(form, requisition));
        auditLog.record(AUDIT_TYPE, id, "EDITED", before, describe(requisition));
        if (!material.isEmpty() && (status == RequisitionStatus.APPROVED || status == RequisitionStatus.POSTED)) {
            enterApproval(requisition, "RESUBMITTED_AFTER_CHANGE", "changed: " + String.join(", ", material));
        }
        requisitions.saveAndFlush(requisition);
        return details.of(requisition);
    }

    /**
     * HR hands the requisition to another hiring manager and/or recruiter, with a reason (a recruiter
     * who wants to apply to it, someone who left). Neither may be a candidate on it. A new hiring
     * manager on an approved or posted requisition starts a new approval round (approvers decided
     * who hires); a new recruiter does not (decision 10).
     */
    @Transactional
    @PreAuthorize("hasRole('RECRUITER')")
    public RequisitionDetails reassign(long id, long expectedVersion, String hiringManager, String recruiter,
            String reason) {
        Requisition requisition = guard.editable(id, expectedVersion);
        if (TextLimits.isBlank(reason)) {
            throw new DomainException("Say why the requisition is reassigned.");
        }
        TextLimits.requireText("The reason", reason, RequisitionRules.MAX_REASON);
        guard.checkPeople(hiringManager, recruiter);
        guard.checkNotCandidates(requisition, hiringManager, recruiter);
        if (hiringManager.equals(requisition.getHiringManager()) && recruiter.equals(requisition.getRecruiter())) {
            throw new DomainException("Choose a different hiring manager or recruiter; nothing would change.");
        }
        String before = team(requisition.getHiringManager(), requisition.getRecruiter());
        RequisitionStatus status = requisition.getStatus();
        boolean hiringManagerChanged = requisition.reassign(hiringManager, recruiter);
        auditLog.record(AUDIT_TYPE, id, "REASSIGNED", before,
                team(hiringManager, recruiter) + "; reason: " + reason.strip());
        if (hiringManagerChanged && (status == RequisitionStatus.APPROVED || status == RequisitionStatus.POSTED)) {
            enterApproval(requisition, "RESUBMITTED_AFTER_CHANGE", "changed: hiring manager");
        }
        requisitions.saveAndFlush(requisition);
        return details.of(requisition);
    }

    /** Sends a draft (or a requisition whose changes were requested) to its approvers. */
    @Transactional
    @PreAuthorize("hasAnyRole('HIRING_MANAGER', 'RECRUITER', 'ADMIN')")
    public RequisitionDetails submit(long id, long expectedVersion) {
        Requisition requisition = guard.editable(id, expectedVersion);
        enterApproval(requisition, "SUBMITTED", null);
        requisitions.saveAndFlush(requisition);
        return details.of(requisition);
    }

    /** Why a cancellation reason cannot be kept, if it cannot: the dialog shows this on its field. */
    public static Optional<String> cancelReasonProblem(String reason) {
        if (TextLimits.isBlank(reason)) {
            return Optional.of("Say why the requisition is cancelled.");
        }
        return TextLimits.textProblem("The reason", reason, MAX_CANCEL_REASON);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('HIRING_MANAGER', 'RECRUITER', 'ADMIN')")
    public RequisitionDetails cancel(long id, long expectedVersion, String reason) {
        cancelReasonProblem(reason).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        Requisition requisition = guard.editable(id, expectedVersion);
        int round = requisition.getApprovalRound();
        boolean wasPending = requisition.getStatus() == RequisitionStatus.PENDING_APPROVAL;
        String before = requisition.getStatus().name();
        requisition.cancel(reason, Instant.now(clock));
        requisitions.saveAndFlush(requisition);
        auditLog.record(AUDIT_TYPE, id, "CANCELLED", before, "CANCELLED: " + reason.trim());
        if (wasPending) {
            events.publishEvent(new RequisitionLeftApproval(id, round, "Requisition cancelled: " + reason.trim()));
        }
        return details.of(requisition);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public RequisitionDetails hold(long id, long expectedVersion) {
        Requisition requisition = guard.editable(id, expectedVersion);
        String before = requisition.getStatus().name();
        requisition.hold(Instant.now(clock));
        requisitions.saveAndFlush(requisition);
        auditLog.record(AUDIT_TYPE, id, "ON_HOLD", before, "ON_HOLD");
        return details.of(requisition);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public RequisitionDetails resume(long id, long expectedVersion) {
        Requisition requisition = guard.editable(id, expectedVersion);
        requisition.resume(Instant.now(clock));
        requisitions.saveAndFlush(requisition);
        auditLog.record(AUDIT_TYPE, id, "RESUMED", "ON_HOLD", requisition.getStatus().name());
        return details.of(requisition);
    }

    /** The posting went live. Called by the posting service inside its publishing transaction. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void markPosted(long id) {
        Requisition requisition = guard.visible(id);
        conflicts.check(id, requisition.getReference(), "publish its posting");
        if (requisition.getStatus() == RequisitionStatus.POSTED) {
            return;
        }
        String before = requisition.getStatus().name();
        requisition.markPosted(Instant.now(clock));
        requisitions.saveAndFlush(requisition);
        auditLog.record(AUDIT_TYPE, id, "POSTED", before, "POSTED");
    }

    /** Every opening is filled. Called when the last offer is accepted. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void markFilled(long id) {
        Requisition requisition = guard.visible(id);
        String before = requisition.getStatus().name();
        requisition.markFilled(Instant.now(clock));
        requisitions.saveAndFlush(requisition);
        auditLog.record(AUDIT_TYPE, id, "FILLED", before, "FILLED");
    }

    /** The statuses the current user could move this requisition to from the detail screen. */
    @Transactional(readOnly = true)
    public Set<RequisitionAction> availableActions(long id) {
        Requisition requisition = guard.visible(id);
        if (conflicts.ofCurrentUser().contains(id)) {
            return Set.of(); // a candidate on it has no moves (conflict of interest)
        }
        return RequisitionAction.availableTo(requisition.getStatus(), CurrentUser.roles(),
                RequisitionGuard.isOwn(requisition));
    }

    /** The open requisitions of these seats, by position code, for the org chart. */
    @Transactional(readOnly = true)
    public Map<String, OpenRequisition> openRequisitionsFor(Set<String> positionCodes) {
        if (positionCodes.isEmpty()) {
            return Map.of();
        }
        return requisitions.findByPositionCodeInAndStatusIn(positionCodes, OPEN).stream()
                .filter(r -> r.getStatus() != RequisitionStatus.DRAFT)
                .collect(Collectors.toMap(Requisition::getPositionCode,
                        r -> new OpenRequisition(r.getId(), r.getReference(), r.getStatus()), (a, b) -> a));
    }

    /**
     * Every way into approval checks the salary range against the pay-transparency law where the job
     * is: approvers must not approve a range that publishing would then refuse.
     */
    private void enterApproval(Requisition requisition, String action, @Nullable String why) {
        payTransparency.require("submit for approval", requisition.getSalaryMin(), requisition.getSalaryMax(),
                requisition.getCity(), requisition.getState());
        String before = requisition.getStatus().name();
        requisition.submit(Instant.now(clock));
        auditLog.record(AUDIT_TYPE, requisition.getId(), action, before,
                "PENDING_APPROVAL round " + requisition.getApprovalRound() + (why == null ? "" : "; " + why));
        requisitions.saveAndFlush(requisition);
        events.publishEvent(new RequisitionSubmitted(requisition.getId(), requisition.getApprovalRound()));
    }

    /** The people running a requisition as the history shows them. */
    private static String team(String hiringManager, String recruiter) {
        return "hiring manager " + hiringManager + ", recruiter " + recruiter;
    }

    static String describe(Requisition r) {
        return r.getReference() + " " + r.getKind() + " \"" + r.getTitle() + "\" " + r.getOrganisationCode() + "/"
                + r.getDepartment() + " fte=" + r.getFte() + " admin=" + r.getAdminFte() + " salary="
                + r.getSalaryMin() + "-" + r.getSalaryMax() + (r.isAdjustedForFte() ? " adj" : "") + " manager="
                + r.getManagerPositionCode() + " seat=" + r.getPositionCode() + " dotted=" + r.getDottedLines()
                + " hm=" + r.getHiringManager() + " rec=" + r.getRecruiter() + " openings=" + r.getOpenings();
    }
}
