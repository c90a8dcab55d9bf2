package health.staffing.candidates;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionListItem;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR and hiring teams review applications. Row rule: HR and administrators see every
 * application; a hiring manager only those to requisitions they requested or hire for (the
 * requisitions feature decides which those are). Stage changes go through the application's own
 * stage machine and are all-or-nothing for a bulk move.
 */
@Service
@PreAuthorize("hasAnyRole('RECRUITER', 'ADMIN', 'HIRING_MANAGER')")
public class CandidateReviewService {

    /** More requisitions than one hiring manager ever hires for at once. */
    private static final int MAX_OWN_REQUISITIONS = 1000;

    private final JobApplicationRepository applications;
    private final RequisitionService requisitions;
    private final EmployeeService employees;
    private final OrgChartService orgChart;
    private final AuditLog auditLog;
    private final Clock clock;
    private final HiringTeam hiringTeam;
    private final ApplicationScreener screener;
    private final JobOfferRepository offers;
    private final BlindReview blind;
    private final ScorecardRepository scorecards;

    CandidateReviewService(JobApplicationRepository applications, RequisitionService requisitions,
            EmployeeService employees, OrgChartService orgChart, AuditLog auditLog, Clock clock,
            HiringTeam hiringTeam, ApplicationScreener screener, JobOfferRepository offers, BlindReview blind,
            ScorecardRepository scorecards) {
        this.blind = blind;
        this.scorecards = scorecards;
        this.applications = applications;
        this.requisitions = requisitions;
        this.employees = employees;
        this.orgChart = orgChart;
        this.auditLog = auditLog;
        this.clock = clock;
        this.hiringTeam = hiringTeam;
        this.screener = screener;
        this.offers = offers;
    }

    @Transactional(readOnly = true)
    public List<ReviewRow> review(ReviewFilter filter, Pageable page) {
        // A slice, not a page: the grid asks for the count separately, so the page needs no second
        // count query; the candidate comes in the same select (entity graph) instead of one per row.
        Slice<JobApplication> found = applications.findBy(matching(filter, visibleRequisitions(), hiringTeam.viewer()),
                query -> query.project("candidate").slice(unscoredLast(page)));
        return rows(found.getContent());
    }

    /** Grid rows for these applications, masked for blind first pass and independent scoring. */
    private List<ReviewRow> rows(List<JobApplication> found) {
        Map<Long, EmployeeSummary> people = employees.findAllById(found.stream()
                .map(a -> a.getCandidate().getEmployeeId()).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        LocalDate today = screener.today();
        // Blind first pass and independent scoring: mask names of new applications to blind
        // requisitions, and scores of applications the viewer still has to score themselves.
        Set<Long> blindRequisitions = blind.blindAmong(found.stream().map(JobApplication::getRequisitionId)
                .collect(Collectors.toSet()));
        Set<Long> scoresHidden = found.isEmpty() ? Set.of() : scorecards.findByReviewerAndApplicationIdIn(
                CurrentUser.username(), found.stream().map(JobApplication::getId).toList()).stream()
                .filter(s -> !s.isSubmitted()).map(Scorecard::getApplicationId).collect(Collectors.toSet());
        return found.stream().map(a -> toRow(a, people, today, screener.expiringWithinDays(),
                BlindReview.masks(blindRequisitions.contains(a.getRequisitionId()), a.getStage()),
                scoresHidden.contains(a.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public long count(ReviewFilter filter) {
        return applications.count(matching(filter, visibleRequisitions(), hiringTeam.viewer()));
    }

    /**
     * One application for the detail screen. An application outside the caller's requisitions is
     * answered exactly like a missing one, so its existence does not leak.
     */
    @Transactional(readOnly = true)
    public ApplicationDetail detail(long applicationId) {
        JobApplication a = visibleApplication(applicationId, visibleRequisitions(), hiringTeam.viewer());
        Long employeeId = a.getCandidate().getEmployeeId();
        Optional<EmployeeSummary> person = employeeId == null ? Optional.empty() : employees.findById(employeeId);
        String currentPosition = employeeId == null ? null
                : orgChart.positionHeldBy(employeeId).map(PositionSummary::title).orElse(null);
        ApplicationDetail detail = new ApplicationDetail(a.getId(), a.getVersion(), a.getRequisitionId(), a.getReference(), a.getTitle(),
                person.map(EmployeeSummary::fullName).orElse(nameOf(a, Map.of())),
                a.getSource() == JobApplication.Source.INTERNAL, employeeId,
                person.map(EmployeeSummary::email).orElse(a.getCandidate().getEmail()), currentPosition, a.getStage(), a.getSubmittedAt(),
                a.getDegrees(), a.getBoardCertifications(), a.getLicenses(), a.getNpi(), a.getClinicalYears(),
                a.getLeadershipYears(), a.getManagedCareYears(),
                a.documents().stream().map(ApplicationDocument::toInfo).toList(),
                a.history());
        return blind.masks(a) ? BlindReview.masked(detail) : detail;
    }

    /**
     * One document of an application, for download, under the same row rule as {@link #detail}: a
     * document of an application the caller may not see is answered like a missing one.
     */
    @Transactional(readOnly = true)
    public DocumentContent document(long applicationId, long documentId) {
        return visibleApplication(applicationId, visibleRequisitions(), hiringTeam.viewer()).documents().stream()
                .filter(d -> d.getId() == documentId).findFirst().map(ApplicationDocument::toContent)
                .orElseThrow(() -> new DomainException("There is no document " + documentId + "."));
    }

    /** Whether the caller reviews this requisition's candidates (HR, or its hiring team). */
    @Transactional(readOnly = true)
    public boolean reviews(long requisitionId) {
        Set<Long> visible = visibleRequisitions();
        return visible == null || visible.contains(requisitionId);
    }

    /**
     * The requisition's applications by stage and the {@code limit} newest, for the requisition's
     * candidates tab. Empty outside the caller's requisitions.
     */
    @Transactional(readOnly = true)
    public Optional<RequisitionPipeline> pipeline(long requisitionId, int limit) {
        if (!reviews(requisitionId)) {
            return Optional.empty();
        }
        Map<ApplicationStage, Long> perStage = new java.util.EnumMap<>(ApplicationStage.class);
        for (Object[] row : applications.countByStage(requisitionId)) {
            perStage.put((ApplicationStage) row[0], (Long) row[1]);
        }
        Page<JobApplication> recent = applications.findAll(
                matching(ReviewFilter.none(), Set.of(requisitionId), hiringTeam.viewer()),
                PageRequest.of(0, limit, org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Order.desc("submittedAt"),
                        org.springframework.data.domain.Sort.Order.desc("id"))));
        return Optional.of(new RequisitionPipeline(requisitionId,
                perStage.values().stream().mapToLong(Long::longValue).sum(), perStage, rows(recent.getContent())));
    }

    /**
     * Moves every listed application to {@code target}. All or nothing: one stale version, one
     * illegal move or one application outside the reviewer's requisitions refuses the whole batch.
     * A rejection needs a reason; the caregiver sees the friendly text of the new stage.
     */
    @Transactional
    public int moveStage(List<StageMove> moves, ApplicationStage target, String reason) {
        if (moves.isEmpty()) {
            throw new DomainException("Select at least one application.");
        }
        if (target == ApplicationStage.WITHDRAWN) {
            throw new DomainException("Only the candidate can withdraw an application.");
        }
        Set<Long> visible = visibleRequisitions();
        HiringTeam.Viewer viewer = hiringTeam.viewer();
        for (StageMove move : moves) {
            JobApplication application = visibleApplication(move.applicationId(), visible, viewer);
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
            application.moveTo(target, CurrentUser.username(), clock.instant(), reason);
            applications.saveAndFlush(application);
            auditLog.record(ApplicationService.AUDIT_TYPE, application.getId(), "STAGE_CHANGED", before.name(),
                    target.name() + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()));
            if (target == ApplicationStage.REJECTED) {
                OpenOffers.close(offers, auditLog, application, clock.instant(), "The application was rejected.");
            }
        }
        return moves.size();
    }

    /** Applications nobody has scored yet sort after the scored ones either way, on every database. */
    private static Pageable unscoredLast(Pageable page) {
        if (page.getSort().getOrderFor("scoreAvg") == null) {
            return page;
        }
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), org.springframework.data.domain.Sort.by(
                page.getSort().stream().map(order -> "scoreAvg".equals(order.getProperty()) ? order.nullsLast() : order)
                        .toList()));
    }

    private JobApplication visibleApplication(long applicationId, Set<Long> visibleRequisitions,
            HiringTeam.Viewer viewer) {
        return applications.findById(applicationId)
                .filter(a -> visibleRequisitions == null || visibleRequisitions.contains(a.getRequisitionId()))
                .filter(a -> !hiringTeam.hiddenFrom(a, viewer))
                .orElseThrow(() -> new DomainException("There is no application " + applicationId + "."));
    }

    /** The requisition ids the caller may review, or null for "all" (HR and administrators). */
    private Set<Long> visibleRequisitions() {
        if (CurrentUser.hasRole(AppRoles.RECRUITER) || CurrentUser.hasRole(AppRoles.ADMIN)) {
            return null;
        }
        return requisitions.list(RequisitionFilter.none(), PageRequest.of(0, MAX_OWN_REQUISITIONS)).stream()
                .map(RequisitionListItem::id).collect(Collectors.toSet());
    }

    private Specification<JobApplication> matching(ReviewFilter filter, Set<Long> visibleRequisitions,
            HiringTeam.Viewer viewer) {
        LocalDate today = screener.today();
        LocalDate expiringUntil = today.plusDays(screener.expiringWithinDays());
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            Predicate confidential = hiringTeam.visibleTo(root, cb, viewer);
            if (confidential != null) {
                where.add(confidential);
            }
            if (filter.match() != null) {
                where.add(CredentialMatch.predicate(filter.match(), root, cb, today, expiringUntil));
            }
            if (visibleRequisitions != null) {
                where.add(visibleRequisitions.isEmpty() ? cb.disjunction()
                        : root.get("requisitionId").in(visibleRequisitions));
            }
            if (filter.reference() != null && !filter.reference().isBlank()) {
                where.add(cb.equal(root.get("reference"), filter.reference().trim()));
            }
            if (filter.stages() != null && !filter.stages().isEmpty()) {
                where.add(root.get("stage").in(filter.stages()));
            }
            if (filter.internal() != null) {
                where.add(cb.equal(root.get("source"),
                        filter.internal() ? JobApplication.Source.INTERNAL : JobApplication.Source.EXTERNAL));
            }
            if (filter.minScore() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("scoreAvg"), filter.minScore()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String nameOf(JobApplication a, Map<Long, EmployeeSummary> people) {
        Long employeeId = a.getCandidate().getEmployeeId();
        return employeeId == null ? a.getCandidate().externalName()
                : people.containsKey(employeeId) ? people.get(employeeId).fullName() : "Employee " + employeeId;
    }

    private static ReviewRow toRow(JobApplication a, Map<Long, EmployeeSummary> people, LocalDate today,
            int expiringWithinDays, boolean masked, boolean scoreHidden) {
        return new ReviewRow(a.getId(), a.getVersion(), a.getReference(), a.getTitle(),
                masked ? BlindReview.alias(a.getId()) : nameOf(a, people),
                a.getSource() == JobApplication.Source.INTERNAL, a.getStage(), a.getSubmittedAt(), a.getDegrees(),
                a.getClinicalYears(), a.getLeadershipYears(), a.getManagedCareYears(),
                ScreeningCriteria.current(a.getCriteriaMet(), a.getCredentialsExpireOn(), today, expiringWithinDays),
                a.getCriteriaSummary(), scoreHidden ? null : a.getScoreAvg(), scoreHidden ? 0 : a.getScoreCount(),
                masked);
    }
}
