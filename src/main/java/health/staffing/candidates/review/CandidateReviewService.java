package health.staffing.candidates.review;

import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationDocument;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.DocumentContent;
import health.staffing.candidates.HiringAccess;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.JobApplicationRepository;
import health.staffing.candidates.StageService;
import health.staffing.candidates.screening.ApplicationScreener;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR and hiring teams review applications. Who sees which application is {@link HiringAccess}'s
 * rule (HR: every requisition; a hiring manager: those they run; nobody: a requisition they are a
 * candidate on, or an applicant they managed outside the hiring team). Stage changes are
 * {@link health.staffing.candidates.StageService}'s.
 */
@Service
@PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
public class CandidateReviewService {

    private final JobApplicationRepository applications;
    private final EmployeeService employees;
    private final OrgChartService orgChart;
    private final HiringAccess access;
    private final ApplicationScreener screener;
    private final BlindReview blind;
    private final ReviewQueries queries;
    private final ApplicationScores scores;

    CandidateReviewService(JobApplicationRepository applications, EmployeeService employees, OrgChartService orgChart,
            HiringAccess access, ApplicationScreener screener, BlindReview blind, ReviewQueries queries,
            ApplicationScores scores) {
        this.blind = blind;
        this.queries = queries;
        this.applications = applications;
        this.employees = employees;
        this.orgChart = orgChart;
        this.access = access;
        this.screener = screener;
        this.scores = scores;
    }

    @Transactional(readOnly = true)
    public List<ReviewRow> review(ReviewFilter filter, Pageable page) {
        HiringAccess.Viewer viewer = access.viewer();
        return named(queries.page(filter, scope(viewer, viewer.reviewedRequisitions()), viewer.username(), page));
    }

    /** What the grid query must respect for this caller today: scope, confidentiality, the expiry window. */
    private ReviewQueries.Scope scope(HiringAccess.Viewer viewer, @Nullable Set<Long> visibleRequisitions) {
        return new ReviewQueries.Scope(visibleRequisitions, viewer, screener.today(), screener.expiringWithinDays(),
                scores.hasOpenScorecards());
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
                    r.criteriaSummary(), scoreHidden ? null : r.score(), scoreHidden ? 0 : r.scorecards(), masked,
                    r.referredBy() == null ? null : masked ? BlindReview.HIDDEN : r.referredBy());
        }).toList();
    }

    @Transactional(readOnly = true)
    public long count(ReviewFilter filter) {
        HiringAccess.Viewer viewer = access.viewer();
        return queries.count(filter, scope(viewer, viewer.reviewedRequisitions()));
    }

    /**
     * One application for the detail screen. An application outside the caller's scope is answered
     * exactly like a missing one, so its existence does not leak. In the blind first pass the
     * hiring team sees no documents (their names and contents reveal who applied); HR keeps them.
     */
    @Transactional(readOnly = true)
    public ApplicationDetail detail(long applicationId) {
        HiringAccess.Viewer viewer = access.viewer();
        JobApplication a = access.visible(applicationId, viewer);
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
                a.getLeadershipYears(), a.getManagedCareYears(), a.getResidencyCompleted(),
                a.documents().stream().map(ApplicationDocument::toInfo).toList(),
                a.history(), false);
        if (!blind.masks(a)) {
            return detail;
        }
        ApplicationDetail masked = BlindReview.masked(detail);
        return viewer.hr() ? masked : masked.withoutDocuments();
    }

    /**
     * One document of an application, for download, under the same rules as {@link #detail}: a
     * document of an application the caller may not see, or withheld in the blind first pass, is
     * answered like a missing one.
     */
    @Transactional(readOnly = true)
    public DocumentContent document(long applicationId, long documentId) {
        HiringAccess.Viewer viewer = access.viewer();
        JobApplication application = access.visible(applicationId, viewer);
        if (blind.masks(application) && !viewer.hr()) {
            throw missingDocument(documentId);
        }
        return application.documents().stream()
                .filter(d -> d.getId() == documentId).findFirst().map(ApplicationDocument::toContent)
                .orElseThrow(() -> missingDocument(documentId));
    }

    /** Whether the caller reviews this requisition's candidates (HR, or its hiring team; never a candidate on it). */
    @Transactional(readOnly = true)
    public boolean reviews(long requisitionId) {
        return access.viewer().reviews(requisitionId);
    }

    /** Which of these requisitions the caller reviews: the grid's requisition filter offers only those. */
    @Transactional(readOnly = true)
    public Set<Long> reviewedAmong(Collection<Long> requisitionIds) {
        HiringAccess.Viewer viewer = access.viewer();
        return requisitionIds.stream().filter(viewer::reviews).collect(Collectors.toSet());
    }

    /**
     * The requisition's applications by stage and the {@code limit} newest, for the requisition's
     * candidates tab. Empty outside the caller's requisitions. The counts are the requisition's; the
     * newest respect confidentiality.
     */
    @Transactional(readOnly = true)
    public Optional<RequisitionPipeline> pipeline(long requisitionId, int limit) {
        HiringAccess.Viewer viewer = access.viewer();
        if (!viewer.reviews(requisitionId)) {
            return Optional.empty();
        }
        Map<ApplicationStage, Long> perStage = new java.util.EnumMap<>(ApplicationStage.class);
        for (Object[] row : applications.countByStage(requisitionId)) {
            perStage.put((ApplicationStage) row[0], (Long) row[1]);
        }
        List<ReviewRow> recent = named(queries.page(ReviewFilter.none(), scope(viewer, Set.of(requisitionId)),
                viewer.username(), PageRequest.of(0, limit, org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Order.desc("submittedAt")))));
        return Optional.of(new RequisitionPipeline(requisitionId,
                perStage.values().stream().mapToLong(Long::longValue).sum(), perStage, recent));
    }

    /** An internal candidate by their employee record's name, an external one by the name they gave. */
    static String nameOf(@Nullable Long employeeId, @Nullable String externalName, Map<Long, String> fullNames) {
        return employeeId == null ? Objects.requireNonNullElse(externalName, "External candidate")
                : fullNames.getOrDefault(employeeId, "Employee " + employeeId);
    }

    private static DomainException missingDocument(long documentId) {
        return new DomainException("There is no document " + documentId + ".");
    }
}
