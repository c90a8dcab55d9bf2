package health.staffing.candidates;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import health.staffing.base.HiringRecord;
import health.staffing.base.TextLimits;
import health.staffing.requisitions.Degree;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One candidate's application to one requisition, with the credentials declared when applying. */
@Entity
@EntityListeners(ApplicationTallyListener.class)
@Table(name = "job_application")
public class JobApplication extends AbstractEntity {

    public enum Source { INTERNAL, EXTERNAL }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidate_id")
    private Candidate candidate;
    @Column(name = "requisition_id", nullable = false)
    private long requisitionId;
    @Column(nullable = false, length = 20)
    private String reference;
    @Column(nullable = false, length = 200)
    private String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStage stage;
    /** The furthest stage reached: the stage while live, the one it ended from once rejected or withdrawn. */
    @Enumerated(EnumType.STRING)
    @Column(name = "furthest_stage", nullable = false, length = 20)
    private ApplicationStage furthestStage;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    /** What {@code application_tally} counts this application as, so a save adds only the difference. */
    @Transient
    private ApplicationTallyListener.@Nullable Counted tallied;
    @Column(name = "stage_changed_at", nullable = false)
    private Instant stageChangedAt;
    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;
    @Column(name = "closing_reason", length = 1000)
    private @Nullable String closingReason;
    @Column(length = 10)
    private @Nullable String npi;
    @Column(name = "clinical_years")
    private @Nullable Integer clinicalYears;
    @Column(name = "leadership_years")
    private @Nullable Integer leadershipYears;
    @Column(name = "managed_care_years")
    private @Nullable Integer managedCareYears;
    @Column(name = "residency_completed")
    private @Nullable Boolean residencyCompleted;
    /** Who referred the candidate, when the application came through a referral ({@link ApplicationSources}). */
    @Column(name = "referred_by", length = ApplicationSources.MAX_REFERRER)
    private @Nullable String referredBy;
    /** The submitted scorecards' mean and count; written only by the scorecards sub-module ({@code ScorecardRepository.updateScore}). */
    @Column(name = "score_avg", insertable = false, updatable = false)
    private java.math.@Nullable BigDecimal scoreAvg;
    @Column(name = "score_count", insertable = false, updatable = false)
    private int scoreCount;

    // Screening facts (V9), kept by candidates.screening; null criteriaMet = not evaluated.
    @Column(name = "criteria_met")
    private @Nullable Boolean criteriaMet;
    @Column(name = "credentials_expire_on")
    private @Nullable LocalDate credentialsExpireOn;
    @Column(name = "criteria_summary", length = 2000)
    private @Nullable String criteriaSummary;
    // Confidentiality (V9): the internal applicant's solid-line manager when they applied.
    @Column(name = "applicant_manager_employee_id")
    private @Nullable Long applicantManagerEmployeeId;

    @ElementCollection
    @CollectionTable(name = "application_degree", joinColumns = @JoinColumn(name = "application_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "degree", length = 20)
    private Set<Degree> degrees = EnumSet.noneOf(Degree.class);

    @ElementCollection
    @CollectionTable(name = "application_board_certification", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "ordinal")
    private List<BoardCertification> boardCertifications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_license", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "ordinal")
    private List<StateLicense> licenses = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("changedAt, id")
    private List<ApplicationStageChange> history = new ArrayList<>();

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ApplicationDocument> documents = new ArrayList<>();

    protected JobApplication() {
    }

    JobApplication(Candidate candidate, long requisitionId, String reference, String title, ApplicationForm form,
            String by, Instant at) {
        this(candidate, Source.INTERNAL, requisitionId, reference, title, form, by, at);
    }

    JobApplication(Candidate candidate, Source source, long requisitionId, String reference, String title,
            ApplicationForm form, String by, Instant at) {
        this.candidate = candidate;
        this.requisitionId = requisitionId;
        this.reference = reference;
        this.title = title;
        this.stage = ApplicationStage.APPLIED;
        this.furthestStage = ApplicationStage.APPLIED;
        this.source = source;
        this.submittedAt = at;
        this.stageChangedAt = at;
        this.npi = blankToNull(form.npi());
        this.clinicalYears = form.clinicalYears();
        this.leadershipYears = form.leadershipYears();
        this.managedCareYears = form.managedCareYears();
        this.residencyCompleted = form.residencyCompleted();
        if (form.degrees() != null) {
            degrees.addAll(form.degrees());
        }
        if (form.boardCertifications() != null) {
            boardCertifications.addAll(form.boardCertifications());
        }
        if (form.licenses() != null) {
            licenses.addAll(form.licenses());
        }
        history.add(new ApplicationStageChange(this, null, null, ApplicationStage.APPLIED, by, at, null, null));
    }

    /**
     * Adds a document; for a one-per-application kind (CV, cover letter) the new file takes the old
     * one's place (same row, so the database's one-per-application key never sees two).
     */
    ApplicationDocument attach(DocumentKind kind, UploadedDocument document, String contentType) {
        if (kind.single()) {
            for (ApplicationDocument existing : documents) {
                if (existing.getKind() == kind) {
                    existing.replaceWith(document.filename(), contentType, document.content());
                    return existing;
                }
            }
        }
        ApplicationDocument added = new ApplicationDocument(this, kind, document.filename(), contentType,
                document.content());
        documents.add(added);
        return added;
    }

    /** Moves the application; refuses what the stage machine does not allow. */
    public void moveTo(ApplicationStage target, String by, Instant at, @Nullable String reason) {
        moveTo(target, by, at, reason, null);
    }

    /**
     * Moves the application with HR's internal {@code reason} (required to reject) and, optionally,
     * a message the candidate reads; refuses what the stage machine does not allow.
     */
    public void moveTo(ApplicationStage target, String by, Instant at, @Nullable String reason,
            @Nullable String candidateMessage) {
        if (!stage.canMoveTo(target)) {
            throw new DomainException("An application that is " + stage.label().toLowerCase() + " cannot move to "
                    + target.label().toLowerCase() + ".");
        }
        StageRules.checkReason(target, reason);
        StageRules.checkCandidateMessage(candidateMessage);
        history.add(new ApplicationStageChange(this, stage, stageChangedAt, target, by, at, blankToNull(reason),
                blankToNull(candidateMessage)));
        this.stage = target;
        if (target != ApplicationStage.REJECTED && target != ApplicationStage.WITHDRAWN) {
            this.furthestStage = target;
        }
        this.stageChangedAt = at;
        if (target == ApplicationStage.WITHDRAWN) {
            this.withdrawnAt = at;
        }
        if (target.isFinal()) {
            this.closingReason = blankToNull(reason);
        }
    }

    /**
     * Keeps the screening facts the grid filters by (see {@link ApplicationScreening}); true when they
     * changed, so unchanged rows keep their version.
     */
    public boolean screened(@Nullable Boolean criteriaMet, @Nullable LocalDate credentialsExpireOn,
            String criteriaSummary) {
        String summary = criteriaSummary.length() > 2000 ? criteriaSummary.substring(0, 1999) + "…" : criteriaSummary;
        if (Objects.equals(this.criteriaMet, criteriaMet)
                && Objects.equals(this.credentialsExpireOn, credentialsExpireOn)
                && Objects.equals(this.criteriaSummary, summary)) {
            return false;
        }
        this.criteriaMet = criteriaMet;
        this.credentialsExpireOn = credentialsExpireOn;
        this.criteriaSummary = summary;
        return true;
    }

    /** Records who managed the internal applicant when they applied (null: nobody, or external). */
    void managedBy(@Nullable Long employeeId) {
        this.applicantManagerEmployeeId = employeeId;
    }

    public DeclaredCredentials credentials() {
        return new DeclaredCredentials(degrees, boardCertifications, licenses, clinicalYears, leadershipYears,
                managedCareYears, residencyCompleted);
    }

    @Nullable Boolean getCriteriaMet() {
        return criteriaMet;
    }

    @Nullable LocalDate getCredentialsExpireOn() {
        return credentialsExpireOn;
    }

    @Nullable String getCriteriaSummary() {
        return criteriaSummary;
    }

    @Nullable Long getApplicantManagerEmployeeId() {
        return applicantManagerEmployeeId;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return TextLimits.isBlank(text) ? null : text.strip();
    }

    public long getRequisitionId() {
        return requisitionId;
    }

    public String getTitle() {
        return title;
    }

    public Source getSource() {
        return source;
    }

    public Set<Degree> getDegrees() {
        return Set.copyOf(degrees);
    }

    public @Nullable Integer getClinicalYears() {
        return clinicalYears;
    }

    public @Nullable Integer getLeadershipYears() {
        return leadershipYears;
    }

    public @Nullable Integer getManagedCareYears() {
        return managedCareYears;
    }

    public @Nullable Boolean getResidencyCompleted() {
        return residencyCompleted;
    }

    public @Nullable String getReferredBy() {
        return referredBy;
    }

    void referredBy(String referrerName) {
        this.referredBy = referrerName;
    }

    java.math.@Nullable BigDecimal getScoreAvg() {
        return scoreAvg;
    }

    int getScoreCount() {
        return scoreCount;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public ApplicationStage getStage() {
        return stage;
    }

    ApplicationStage getFurthestStage() {
        return furthestStage;
    }

    ApplicationTallyListener.@Nullable Counted tallied() {
        return tallied;
    }

    void tallied(ApplicationTallyListener.Counted counted) {
        this.tallied = counted;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReference() {
        return reference;
    }

    public List<ApplicationDocument> documents() {
        return List.copyOf(documents);
    }

    public @Nullable String getNpi() {
        return npi;
    }

    public List<BoardCertification> getBoardCertifications() {
        return List.copyOf(boardCertifications);
    }

    public List<StateLicense> getLicenses() {
        return List.copyOf(licenses);
    }

    public List<StageChange> history() {
        return history.stream().map(ApplicationStageChange::toRecord).toList();
    }

    MyApplication toMine() {
        return new MyApplication(getId() == null ? 0 : getId(), getVersion(), reference, title, submittedAt, stage, stage.caregiverText(),
                documents.stream().map(ApplicationDocument::getKind).sorted().toList(),
                history.stream().map(ApplicationStageChange::toMine).toList(), null);
    }

    /** The hiring record this application's audit events belong to. */
    public HiringRecord hiringRecord() {
        return HiringRecord.ofApplication(requisitionId, getId());
    }
}
