package health.staffing.candidates;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
    private final ReviewQueries queries;

    CandidateReviewService(JobApplicationRepository applications, RequisitionService requisitions,
            EmployeeService employees, OrgChartService orgChart, AuditLog auditLog, Clock clock,
            HiringTeam hiringTeam, ApplicationScreener screener, JobOfferRepository offers, BlindReview blind,
            ReviewQueries queries) {
        this.blind = blind;
        this.queries = queries;
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
        return named(queries.page(filter, scope(visibleRequisitions()), CurrentUser.username(), page));
    }

    /** What the grid query must respect for this caller today: row rule, confidentiality, the expiry window. */
    private ReviewQueries.Scope scope(Set<Long> visibleRequisitions) {
        return new ReviewQueries.Scope(visibleRequisitions, hiringTeam.viewer(), screener.today(),
                screener.expiringWithinDays());
    }

    /**
     * Names the rows (employees' names from their records) and masks them: the blind first pass
     * hides the name of a new application, independent scoring hides the score from a reviewer
     * whose own scorecard is still open.
     */
    private List<ReviewRow> named(List<ReviewQueries.Found> found) {
        Set<Long> employeeIds = found.stream().map(ReviewQueries.Found::employeeId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> people = employeeIds.isEmpty() ? Map.of() : employees.fullNames(employeeIds);
        return found.stream().map(f -> {
            ReviewRow r = f.row();
            boolean masked = BlindReview.masks(f.blindRequisition(), r.stage());
            String name = masked ? BlindReview.alias(r.id()) : nameOf(f.employeeId(), f.externalName(), people);
            boolean scoreHidden = f.ownOpenScorecard();
            return new ReviewRow(r.id(), r.version(), r.reference(), r.title(), name, r.internal(), r.stage(),
                    r.submittedAt(), r.degrees(), r.clinicalYears(), r.leadershipYears(), r.managedCareYears(), r.match(),
                    r.criteriaSummary(), scoreHidden ? null : r.score(), scoreHidden ? 0 : r.scorecards(), masked);
        }).toList();
    }

    @Transactional(readOnly = true)
    public long count(ReviewFilter filter) {
        return queries.count(filter, scope(visibleRequisitions()));
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
                person.map(EmployeeSummary::fullName)
                        .orElse(nameOf(employeeId, a.getCandidate().externalName(), Map.of())),
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
        List<ReviewRow> recent = named(queries.page(ReviewFilter.none(), scope(Set.of(requisitionId)),
                CurrentUser.username(), PageRequest.of(0, limit, org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Order.desc("submittedAt")))));
        return Optional.of(new RequisitionPipeline(requisitionId,
                perStage.values().stream().mapToLong(Long::longValue).sum(), perStage, recent));
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
        return requisitions.visibleIds(MAX_OWN_REQUISITIONS);
    }

    /** An internal candidate by their employee record's name, an external one by the name they gave. */
    private static String nameOf(Long employeeId, String externalName, Map<Long, String> fullNames) {
        return employeeId == null ? externalName : fullNames.getOrDefault(employeeId, "Employee " + employeeId);
    }

}
