package health.staffing.requisitions;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrganisationSummary;
import health.staffing.orgchart.PositionSummary;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
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
    static final Set<String> SEE_ALL_ROLES = Set.of(AppRoles.RECRUITER, AppRoles.ADMIN, AppRoles.CMO_OFFICE,
            AppRoles.FINANCE);
    /** Statuses in which a seat counts as having an open requisition: a second one is refused. */
    static final Set<RequisitionStatus> OPEN = EnumSet.of(RequisitionStatus.DRAFT, RequisitionStatus.PENDING_APPROVAL,
            RequisitionStatus.CHANGES_REQUESTED, RequisitionStatus.APPROVED, RequisitionStatus.POSTED,
            RequisitionStatus.ON_HOLD);

    private final RequisitionRepository requisitions;
    private final JobReferences references;
    private final OrgChartService orgChart;
    private final UserAccountService accounts;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EntityManager entityManager;

    RequisitionService(RequisitionRepository requisitions, JobReferences references, OrgChartService orgChart,
            UserAccountService accounts, AuditLog auditLog, ApplicationEventPublisher events, Clock clock,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.requisitions = requisitions;
        this.references = references;
        this.orgChart = orgChart;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RequisitionDetails details(long id) {
        return toDetails(visible(id));
    }

    @Transactional(readOnly = true)
    public List<RequisitionListItem> list(RequisitionFilter filter, Pageable page) {
        Page<Requisition> found = requisitions.findAll(RequisitionSpecifications.matching(filter, viewer(), clock),
                page);
        Map<String, String> names = accounts.displayNames(found.stream()
                .flatMap(r -> Stream.of(r.getHiringManager(), r.getRecruiter())).collect(Collectors.toSet()));
        Instant now = Instant.now(clock);
        return found.map(r -> new RequisitionListItem(r.getId(), r.getReference(), r.getKind(), r.getStatus(),
                r.getTitle(), r.getOrganisationCode(), r.getDepartment(), names.get(r.getHiringManager()),
                names.get(r.getRecruiter()), r.getFte(), Budget.of(r.getSalaryMax(), r.getFte(), r.getOpenings()),
                r.getCreatedAt(), ChronoUnit.DAYS.between(r.getCreatedAt(), now))).getContent();
    }

    /**
     * The ids of the requisitions the caller may see, under the same row rule as {@link #list}, at
     * most {@code limit}: for other features' queries that must stay inside it (the candidate grid).
     */
    @Transactional(readOnly = true)
    public Set<Long> visibleIds(int limit) {
        return visibleIds(RequisitionFilter.none(), limit);
    }

    /** {@link #visibleIds(int)} narrowed by a filter, e.g. the requisitions the caller recruits for. */
    @Transactional(readOnly = true)
    public Set<Long> visibleIds(RequisitionFilter filter, int limit) {
        // Ids only: the candidate grid asks on every page, and whole requisitions cost more than the page.
        Specification<Requisition> visible = RequisitionSpecifications.matching(filter, viewer(), clock);
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Requisition> root = query.from(Requisition.class);
        query.select(root.get("id")).where(visible.toPredicate(root, query, cb));
        return Set.copyOf(entityManager.createQuery(query).setMaxResults(limit).getResultList());
    }

    @Transactional(readOnly = true)
    public long count(RequisitionFilter filter) {
        return requisitions.count(RequisitionSpecifications.matching(filter, viewer(), clock));
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
    public RequisitionDetails importWithReference(RequisitionForm form, String reference) {
        if (reference == null || !reference.trim().matches("\\d{4,12}")) {
            throw new DomainException("A job reference is 4 to 12 digits.");
        }
        if (requisitions.findByReference(reference.trim()).isPresent()) {
            throw new DomainException("Job reference " + reference.trim() + " is already in use.");
        }
        return create(form, reference.trim());
    }

    private RequisitionDetails create(RequisitionForm form, String reference) {
        Requisition requisition = new Requisition(reference, form.getKind(), CurrentUser.username(),
                Instant.now(clock));
        requisition.apply(form, place(form, null));
        checkPeople(form);
        requisitions.saveAndFlush(requisition);
        auditLog.record(AUDIT_TYPE, requisition.getId(), "CREATED", null, describe(requisition));
        return toDetails(requisition);
    }

    /**
     * Saves an edit. On an approved or posted requisition a change to a material field (title,
     * salary range, FTE or its split, manager, proposed dotted lines) starts a new approval round.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('HIRING_MANAGER', 'RECRUITER', 'ADMIN')")
    public RequisitionDetails update(long id, long expectedVersion, RequisitionForm form) {
        Requisition requisition = editable(id, expectedVersion);
        if (form.getKind() != requisition.getKind()) {
            throw new DomainException("The kind of a requisition cannot change; cancel it and create a new one.");
        }
        checkPeople(form);
        String before = describe(requisition);
        RequisitionStatus status = requisition.getStatus();
        boolean material = requisition.apply(form, place(form, requisition));
        auditLog.record(AUDIT_TYPE, id, "EDITED", before, describe(requisition));
        if (material && (status == RequisitionStatus.APPROVED || status == RequisitionStatus.POSTED)) {
            enterApproval(requisition, "RESUBMITTED_AFTER_CHANGE");
        }
        requisitions.saveAndFlush(requisition);
        return toDetails(requisition);
    }

    /** Sends a draft (or a requisition whose changes were requested) to its approvers. */
    @Transactional
    @PreAuthorize("hasAnyRole('HIRING_MANAGER', 'RECRUITER', 'ADMIN')")
    public RequisitionDetails submit(long id, long expectedVersion) {
        Requisition requisition = editable(id, expectedVersion);
        enterApproval(requisition, "SUBMITTED");
        requisitions.saveAndFlush(requisition);
        return toDetails(requisition);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('HIRING_MANAGER', 'RECRUITER', 'ADMIN')")
    public RequisitionDetails cancel(long id, long expectedVersion, String reason) {
        Requisition requisition = editable(id, expectedVersion);
        int round = requisition.getApprovalRound();
        boolean wasPending = requisition.getStatus() == RequisitionStatus.PENDING_APPROVAL;
        String before = requisition.getStatus().name();
        requisition.cancel(reason, Instant.now(clock));
        requisitions.saveAndFlush(requisition);
        auditLog.record(AUDIT_TYPE, id, "CANCELLED", before, "CANCELLED: " + reason.trim());
        if (wasPending) {
            events.publishEvent(new RequisitionLeftApproval(id, round, "Requisition cancelled: " + reason.trim()));
        }
        return toDetails(requisition);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public RequisitionDetails hold(long id, long expectedVersion) {
        Requisition requisition = editable(id, expectedVersion);
        String before = requisition.getStatus().name();
        requisition.hold(Instant.now(clock));
        requisitions.saveAndFlush(requisition);
        auditLog.record(AUDIT_TYPE, id, "ON_HOLD", before, "ON_HOLD");
        return toDetails(requisition);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public RequisitionDetails resume(long id, long expectedVersion) {
        Requisition requisition = editable(id, expectedVersion);
        requisition.resume(Instant.now(clock));
        requisitions.saveAndFlush(requisition);
        auditLog.record(AUDIT_TYPE, id, "RESUMED", "ON_HOLD", requisition.getStatus().name());
        return toDetails(requisition);
    }

    /** The posting went live. Called by the posting service inside its publishing transaction. */
    @Transactional
    @PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN')")
    public void markPosted(long id) {
        Requisition requisition = visible(id);
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
        Requisition requisition = visible(id);
        String before = requisition.getStatus().name();
        requisition.markFilled(Instant.now(clock));
        requisitions.saveAndFlush(requisition);
        auditLog.record(AUDIT_TYPE, id, "FILLED", before, "FILLED");
    }

    /** The statuses the current user could move this requisition to from the detail screen. */
    @Transactional(readOnly = true)
    public Set<RequisitionAction> availableActions(long id) {
        Requisition requisition = visible(id);
        return RequisitionAction.availableTo(requisition.getStatus(), CurrentUser.roles(),
                isOwn(requisition));
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

    private void enterApproval(Requisition requisition, String action) {
        String before = requisition.getStatus().name();
        requisition.submit(Instant.now(clock));
        auditLog.record(AUDIT_TYPE, requisition.getId(), action, before,
                "PENDING_APPROVAL round " + requisition.getApprovalRound());
        requisitions.saveAndFlush(requisition);
        events.publishEvent(new RequisitionSubmitted(requisition.getId(), requisition.getApprovalRound()));
    }

    private Requisition editable(long id, long expectedVersion) {
        Requisition requisition = visible(id);
        if (requisition.getVersion() != expectedVersion) {
            throw new DomainException("Requisition " + requisition.getReference()
                    + " was changed by someone else. Reload it and try again.");
        }
        if (!CurrentUser.roles().contains(AppRoles.RECRUITER) && !CurrentUser.roles().contains(AppRoles.ADMIN)
                && !isOwn(requisition)) {
            throw new DomainException("Only HR, the requester or the hiring manager can change this requisition.");
        }
        return requisition;
    }

    private Requisition visible(long id) {
        Requisition requisition = requisitions.findById(id)
                .orElseThrow(() -> new DomainException("There is no requisition " + id + "."));
        if (viewer().seesAll() || isOwn(requisition)) {
            return requisition;
        }
        // Same answer as a missing id: a hiring manager cannot probe other departments' requisitions.
        throw new DomainException("There is no requisition " + id + ".");
    }

    private static boolean isOwn(Requisition requisition) {
        String me = CurrentUser.username();
        return me != null && (me.equals(requisition.getRequestedBy()) || me.equals(requisition.getHiringManager()));
    }

    private static RequisitionSpecifications.Viewer viewer() {
        boolean seesAll = CurrentUser.roles().stream().anyMatch(SEE_ALL_ROLES::contains);
        return new RequisitionSpecifications.Viewer(CurrentUser.username(), seesAll);
    }

    /** Resolves where the seat sits from the org chart; refuses seats that do not exist or are taken. */
    private Requisition.Placement place(RequisitionForm form, Requisition current) {
        RequisitionRules.check(form);
        LocalDate today = LocalDate.now(clock);
        if (form.getKind() == RequisitionKind.REPLACEMENT) {
            PositionSummary seat = orgChart.findByCode(form.getPositionCode().trim(), today)
                    .orElseThrow(() -> new DomainException("There is no position " + form.getPositionCode() + "."));
            if (!seat.vacant()) {
                throw new DomainException(seat.title() + " is held by " + seat.incumbentName()
                        + "; a replacement requisition needs a vacant position.");
            }
            boolean taken = requisitions.findByPositionCodeInAndStatusIn(Set.of(seat.code()), OPEN).stream()
                    .anyMatch(other -> current == null || !other.getId().equals(current.getId()));
            if (taken) {
                throw new DomainException(seat.title() + " already has an open requisition.");
            }
            String manager = orgChart.managerOf(seat.id(), today).map(PositionSummary::code).orElse(null);
            return new Requisition.Placement(seat.organisationCode(), seat.code(), manager);
        }
        PositionSummary manager = orgChart.findByCode(form.getManagerPositionCode().trim(), today)
                .orElseThrow(() -> new DomainException("There is no manager position " + form.getManagerPositionCode()
                        + "."));
        for (ProposedDottedLine line : form.getDottedLines()) {
            if (orgChart.findByCode(line.positionCode(), today).isEmpty()) {
                throw new DomainException("There is no position " + line.positionCode() + " for the dotted line.");
            }
        }
        String seat = current == null ? null : current.getPositionCode();
        return new Requisition.Placement(manager.organisationCode(), seat, manager.code());
    }

    private void checkPeople(RequisitionForm form) {
        UserSummary hiringManager = accounts.findByUsername(form.getHiringManager())
                .orElseThrow(() -> new DomainException("There is no user " + form.getHiringManager() + "."));
        UserSummary recruiter = accounts.findByUsername(form.getRecruiter())
                .orElseThrow(() -> new DomainException("There is no user " + form.getRecruiter() + "."));
        if (!recruiter.roles().contains(AppRoles.RECRUITER)) {
            throw new DomainException(recruiter.displayName() + " is not a recruiter; choose someone from HR.");
        }
        if (!hiringManager.enabled() || !recruiter.enabled()) {
            throw new DomainException("The hiring manager and recruiter must have active accounts.");
        }
    }

    private RequisitionDetails toDetails(Requisition r) {
        Map<String, String> names = accounts.displayNames(
                Stream.of(r.getHiringManager(), r.getRecruiter(), r.getRequestedBy()).collect(Collectors.toSet()));
        String organisationName = orgChart.organisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::code, Function.identity()))
                .getOrDefault(r.getOrganisationCode(), new OrganisationSummary(0, r.getOrganisationCode(),
                        r.getOrganisationCode(), null, null))
                .name();
        return new RequisitionDetails(r.getId(), r.getVersion(), r.getReference(), r.getKind(), r.getStatus(),
                r.getTitle(), r.getOrganisationCode(), organisationName, r.getDepartment(), r.getCategory(),
                r.getAddressLine(), r.getCity(), r.getState(), r.getPostalCode(), r.getWorkArrangement(),
                r.getDaysOnSite(), r.getEmploymentType(), r.getJobType(), r.getFte(), r.getAdminFte(),
                r.getSalaryMin(), r.getSalaryMax(), r.isAdjustedForFte(), r.getJustification(), r.getHiringManager(),
                names.get(r.getHiringManager()), r.getRecruiter(), names.get(r.getRecruiter()), r.getRequestedBy(),
                names.get(r.getRequestedBy()), r.getTargetStart(), r.getOpenings(), r.getCostCenter(),
                r.getPositionCode(), r.getManagerPositionCode(), r.getDottedLines(), r.getApprovalRound(),
                r.getSubmittedAt(), r.getCreatedAt(), r.getStatusChangedAt(), r.getClosingReason());
    }

    static String describe(Requisition r) {
        return r.getReference() + " " + r.getKind() + " \"" + r.getTitle() + "\" " + r.getOrganisationCode() + "/"
                + r.getDepartment() + " fte=" + r.getFte() + " admin=" + r.getAdminFte() + " salary="
                + r.getSalaryMin() + "-" + r.getSalaryMax() + (r.isAdjustedForFte() ? " adj" : "") + " manager="
                + r.getManagerPositionCode() + " seat=" + r.getPositionCode() + " dotted=" + r.getDottedLines()
                + " hm=" + r.getHiringManager() + " rec=" + r.getRecruiter() + " openings=" + r.getOpenings();
    }
}
