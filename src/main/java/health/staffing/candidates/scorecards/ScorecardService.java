package health.staffing.candidates.scorecards;

import health.staffing.base.AuditLog;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationService;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.HiringAccess;
import health.staffing.candidates.JobApplication;
import health.staffing.candidates.JobApplicationRepository;
import health.staffing.candidates.StateLicense;
import health.staffing.candidates.review.ApplicationScores;
import health.staffing.candidates.review.BlindPassService;
import health.staffing.candidates.review.BlindReview;
import health.staffing.candidates.review.ScoreSummary;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.requisitions.PostingService;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers' scorecards. Who reviews which application is {@link ReviewerAssignmentService}'s; whether a
 * requisition is reviewed blind first is {@link BlindPassService}'s.
 * <ul>
 * <li>Row rule: a reviewer sees only the applications assigned to them; anything else is answered
 * like a missing application.</li>
 * <li>Each reviewer rates every criterion (the posting's competencies, or {@link #DEFAULT_CRITERIA})
 * 1–5 with notes and gives a recommendation; drafts are kept, a submission is final.</li>
 * <li>Independent scoring: an assigned reviewer sees nobody else's scorecard, nor any average,
 * until their own is submitted. HR and a hiring manager who is not a reviewer see every submitted
 * scorecard.</li>
 * <li>Blind first pass: see {@link BlindReview}; the records returned carry the masked values.</li>
 * </ul>
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ScorecardService implements ApplicationScores {

    /** The criteria of a posting that names no competencies. */
    public static final List<String> DEFAULT_CRITERIA = List.of("Clinical and professional expertise",
            "Leadership and people development", "Quality and patient safety", "Communication and collaboration",
            "Integrity and trust");
    static final String AUDIT_TYPE = "Scorecard";

    private enum Access { NONE, REVIEWER_PENDING, REVIEWER_DONE, HIRING_TEAM }

    private final JobApplicationRepository applications;
    private final ScorecardRepository scorecards;
    private final BlindReview blind;
    private final HiringAccess access;
    private final PostingService postings;
    private final UserAccountService accounts;
    private final EmployeeService employees;
    private final OrgChartService orgChart;
    private final ApplicantNames names;
    private final AuditLog auditLog;
    private final Clock clock;

    ScorecardService(JobApplicationRepository applications, ScorecardRepository scorecards, BlindReview blind,
            HiringAccess access, PostingService postings, UserAccountService accounts, EmployeeService employees,
            OrgChartService orgChart, ApplicantNames names, AuditLog auditLog, Clock clock) {
        this.applications = applications;
        this.scorecards = scorecards;
        this.blind = blind;
        this.access = access;
        this.postings = postings;
        this.accounts = accounts;
        this.employees = employees;
        this.orgChart = orgChart;
        this.names = names;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the reviewer

    /**
     * The applications assigned to the signed-in person, oldest assignment first unless the page
     * sorts; none of a requisition they have since become a candidate on.
     */
    @Transactional(readOnly = true)
    public List<MyReview> myReviews(Pageable page) {
        Page<Scorecard> mine = scorecards.findByReviewerOutside(CurrentUser.required(),
                HiringAccess.orSentinel(access.viewer().candidacies()), page);
        Map<Long, JobApplication> byId = applications.findAllById(mine.stream().map(Scorecard::getApplicationId)
                .toList()).stream().collect(Collectors.toMap(JobApplication::getId, Function.identity()));
        Set<Long> blindRequisitions = blind.blindAmong(byId.values().stream().map(JobApplication::getRequisitionId)
                .collect(Collectors.toSet()));
        Map<Long, EmployeeSummary> people = employees.findAllById(byId.values().stream()
                .map(a -> a.getCandidate().getEmployeeId()).filter(Objects::nonNull).collect(Collectors.toSet()));
        return mine.stream().filter(s -> byId.containsKey(s.getApplicationId())).map(s -> {
            JobApplication a = Objects.requireNonNull(byId.get(s.getApplicationId())); // kept by the filter
            boolean masked = BlindReview.masks(blindRequisitions.contains(a.getRequisitionId()), a.getStage());
            return new MyReview(a.getId(), a.getReference(), a.getTitle(),
                    masked ? BlindReview.alias(a.getId()) : nameOf(a, people), masked, a.getStage(),
                    s.isSubmitted(), s.getAssignedAt());
        }).toList();
    }

    @Transactional(readOnly = true)
    public long countMyReviews() {
        return scorecards.countByReviewerOutside(CurrentUser.required(),
                HiringAccess.orSentinel(access.viewer().candidacies()));
    }

    /**
     * The signed-in reviewer's scorecard page for one application. Someone not assigned to it is
     * told there is no such application, exactly as for a missing one.
     */
    @Transactional(readOnly = true)
    public ReviewerPage reviewerPage(long applicationId) {
        Scorecard mine = myScorecard(applicationId);
        JobApplication application = assignedApplication(applicationId);
        List<ReviewScorecard> others = mine.isSubmitted() ? submitted(applicationId).stream()
                .filter(s -> !s.reviewer().equals(mine.getReviewer())).toList() : List.of();
        return new ReviewerPage(candidate(application), criteria(application.getRequisitionId()),
                toRecord(mine, displayName(mine.getReviewer())), others);
    }

    /** Keeps the reviewer's ratings and notes as typed, complete or not. */
    @Transactional
    public ReviewScorecard saveDraft(long applicationId, long expectedVersion, ScorecardEntry entry) {
        Scorecard scorecard = current(applicationId, expectedVersion);
        JobApplication application = assignedApplication(applicationId);
        scorecard.saveDraft(criteria(application.getRequisitionId()), entry);
        Scorecard saved = scorecards.saveAndFlush(scorecard);
        // A draft's figures stay with the reviewer until they submit; the trail records only that they worked on it.
        auditLog.record(application.hiringRecord(), AUDIT_TYPE, saved.getId(), "DRAFT_SAVED", null,
                saved.getReviewer());
        return toRecord(saved, displayName(saved.getReviewer()));
    }

    /**
     * Submits the reviewer's scorecard: every criterion rated and a recommendation given, or an
     * {@link IncompleteScorecardException} naming each gap. Final; updates the application's score.
     * The application's row is locked first, so two reviewers submitting at once are counted one
     * after the other: the mean is computed from every submitted scorecard, never from a stale read.
     */
    @Transactional
    public ReviewScorecard submit(long applicationId, long expectedVersion, ScorecardEntry entry) {
        assignedApplication(applicationId);
        JobApplication application = applications.lockById(applicationId).orElseThrow(() -> missing(applicationId));
        Scorecard scorecard = current(applicationId, expectedVersion);
        scorecard.submit(criteria(application.getRequisitionId()), entry, clock.instant());
        Scorecard saved = scorecards.saveAndFlush(scorecard);
        auditLog.record(application.hiringRecord(), AUDIT_TYPE, saved.getId(), "SUBMITTED", null, describe(saved));
        auditLog.record(application.hiringRecord(), ApplicationService.AUDIT_TYPE, applicationId,
                "SCORECARD_SUBMITTED", null, saved.getReviewer() + ": " + describe(saved));
        ReviewScorecard result = toRecord(saved, displayName(saved.getReviewer()));
        List<BigDecimal> scores = scorecards.findByApplicationIdOrderByAssignedAtAscIdAsc(applicationId).stream()
                .filter(Scorecard::isSubmitted).map(Scorecard::score).filter(Objects::nonNull).toList();
        scorecards.updateScore(applicationId, mean(scores), scores.size());
        return result;
    }

    // ---------------------------------------------------------------- reading scores

    /** The criteria a scorecard of this requisition rates: the posting's competencies, else the default set. */
    @Override
    @Transactional(readOnly = true)
    public List<String> criteria(long requisitionId) {
        List<String> competencies = postings.competencies(requisitionId);
        return competencies.isEmpty() ? DEFAULT_CRITERIA : List.copyOf(new LinkedHashSet<>(competencies));
    }

    /**
     * Whether the signed-in person may see the submitted scorecards of the application now: the
     * hiring team (not assigned) always, an assigned reviewer once theirs is submitted.
     */
    @Override
    @Transactional(readOnly = true)
    public boolean maySeeScores(long applicationId) {
        Access access = access(applicationId);
        return access == Access.HIRING_TEAM || access == Access.REVIEWER_DONE;
    }

    /** Every submitted scorecard of the application, under the independent-scoring rule. */
    @Transactional(readOnly = true)
    public List<ReviewScorecard> submittedScorecards(long applicationId) {
        requireScoresVisible(applicationId);
        return submitted(applicationId);
    }

    /**
     * The submitted scorecards summed up: mean per criterion and each reviewer's recommendation,
     * under the independent-scoring rule. The read the side-by-side comparison builds on.
     */
    @Override
    @Transactional(readOnly = true)
    public ScoreSummary summary(long applicationId) {
        requireScoresVisible(applicationId);
        List<ReviewScorecard> submitted = submitted(applicationId);
        Map<String, List<Integer>> byCriterion = new LinkedHashMap<>();
        submitted.forEach(s -> s.ratings().stream().filter(r -> r.rating() != null).forEach(r ->
                byCriterion.computeIfAbsent(r.criterion(), c -> new ArrayList<>()).add(r.rating())));
        List<ScoreSummary.CriterionScore> criteria = byCriterion.entrySet().stream()
                .map(e -> new ScoreSummary.CriterionScore(e.getKey(), mean(e.getValue().stream()
                        .map(BigDecimal::valueOf).toList()), e.getValue().size())).toList();
        return new ScoreSummary(applicationId, submitted.size(),
                mean(submitted.stream().map(ReviewScorecard::score).filter(Objects::nonNull).toList()), criteria,
                submitted.stream().map(s -> new ScoreSummary.ReviewerRecommendation(s.reviewer(), s.reviewerName(),
                        Objects.requireNonNull(s.recommendation(), "a submitted scorecard recommends"), s.score()))
                        .toList());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasOpenScorecards() {
        return scorecards.existsByReviewerAndStatus(CurrentUser.required(), Scorecard.Status.DRAFT);
    }

    // ---------------------------------------------------------------- helpers

    private void requireScoresVisible(long applicationId) {
        switch (access(applicationId)) {
            case NONE -> throw missing(applicationId);
            case REVIEWER_PENDING -> throw new DomainException(
                    "Submit your own scorecard first; the other reviewers' scores stay hidden until then.");
            default -> {
            }
        }
    }

    private Access access(long applicationId) {
        JobApplication application = applications.findById(applicationId).orElseThrow(() -> missing(applicationId));
        HiringAccess.Viewer viewer = access.viewer();
        if (viewer.candidacies().contains(application.getRequisitionId())) {
            access.recordHiddenRead(application, "the scores of application " + applicationId);
            return Access.NONE;
        }
        Optional<Scorecard> mine = scorecards.findByApplicationIdAndReviewer(applicationId, viewer.username());
        if (mine.isPresent()) {
            return mine.get().isSubmitted() ? Access.REVIEWER_DONE : Access.REVIEWER_PENDING;
        }
        return viewer.sees(application) ? Access.HIRING_TEAM : Access.NONE;
    }

    private List<ReviewScorecard> submitted(long applicationId) {
        List<Scorecard> found = scorecards.findByApplicationIdOrderByAssignedAtAscIdAsc(applicationId).stream()
                .filter(Scorecard::isSubmitted).toList();
        Map<String, String> names = accounts.displayNames(found.stream().map(Scorecard::getReviewer).toList());
        return found.stream().map(s -> toRecord(s, names.get(s.getReviewer()))).toList();
    }

    private Scorecard myScorecard(long applicationId) {
        return scorecards.findByApplicationIdAndReviewer(applicationId, CurrentUser.required())
                .orElseThrow(() -> missing(applicationId));
    }

    private Scorecard current(long applicationId, long expectedVersion) {
        Scorecard scorecard = myScorecard(applicationId);
        if (scorecard.getVersion() != expectedVersion) {
            throw new DomainException("Your scorecard was changed in the meantime (in another window?). "
                    + "Reload it; nothing was saved.");
        }
        return scorecard;
    }

    /**
     * The application the signed-in reviewer is assigned to; as missing when they have since become
     * a candidate on its requisition (the attempt is recorded).
     */
    private JobApplication assignedApplication(long applicationId) {
        JobApplication application = applications.findById(applicationId).orElseThrow(() -> missing(applicationId));
        if (access.isCandidate(CurrentUser.required(), application.getRequisitionId())) {
            access.recordHiddenRead(application, "application " + applicationId);
            throw missing(applicationId);
        }
        return application;
    }

    private ReviewCandidate candidate(JobApplication a) {
        boolean masked = blind.masks(a);
        Long employeeId = a.getCandidate().getEmployeeId();
        String position = masked || employeeId == null ? null
                : orgChart.positionHeldBy(employeeId).map(PositionSummary::title).orElse(null);
        return new ReviewCandidate(a.getId(), a.getRequisitionId(), a.getReference(), a.getTitle(),
                masked ? BlindReview.alias(a.getId()) : names.of(a), masked,
                a.getSource() == JobApplication.Source.INTERNAL, position, a.getStage(), a.getDegrees(),
                masked ? a.getBoardCertifications().stream()
                        .map(c -> new BoardCertification(c.specialty(), c.board(), null)).toList()
                        : a.getBoardCertifications(),
                masked ? a.getLicenses().stream()
                        .map(l -> new StateLicense(l.state(), BlindReview.HIDDEN_NUMBER, l.status(), null)).toList()
                        : a.getLicenses(),
                a.getClinicalYears(), a.getLeadershipYears(), a.getManagedCareYears());
    }

    private static String nameOf(JobApplication a, Map<Long, EmployeeSummary> people) {
        Long employeeId = a.getCandidate().getEmployeeId();
        return employeeId == null ? "External candidate"
                : people.containsKey(employeeId) ? people.get(employeeId).fullName() : "Employee " + employeeId;
    }

    private @Nullable String displayName(String username) {
        return accounts.displayNames(List.of(username)).get(username);
    }

    private static ReviewScorecard toRecord(Scorecard s, @Nullable String reviewerName) {
        return new ReviewScorecard(s.getApplicationId(), s.getReviewer(), reviewerName, s.getVersion(),
                s.isSubmitted(), s.getSubmittedAt(), s.getRatings(), s.getRecommendation(), s.score());
    }

    private static String describe(Scorecard s) {
        return s.getRatings().stream().map(r -> r.criterion() + "=" + (r.rating() == null ? "-" : r.rating()))
                .collect(Collectors.joining(", ")) + "; recommendation="
                + (s.getRecommendation() == null ? "-" : s.getRecommendation().name());
    }

    static @Nullable BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static DomainException missing(long applicationId) {
        return new DomainException("There is no application " + applicationId + ".");
    }
}
