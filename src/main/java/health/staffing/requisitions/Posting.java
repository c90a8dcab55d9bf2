package health.staffing.requisitions;

import health.staffing.base.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The posting of one requisition as HR is writing it. The facts of the job stay on the requisition;
 * this holds the sections, the typed requirements and who may see it when. Published versions are
 * separate, immutable {@link PostingVersion}s; {@code unpublishedChanges} says the draft differs
 * from the last one.
 */
@Entity
@Table(name = "posting")
class Posting extends AbstractEntity {

    @Column(name = "requisition_id", nullable = false, updatable = false)
    private long requisitionId;

    @ElementCollection
    @CollectionTable(name = "posting_section", joinColumns = @JoinColumn(name = "posting_id"))
    @OrderColumn(name = "ordinal")
    private List<Section> sections = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "education_minimum")
    private @Nullable EducationLevel educationMinimum;

    @ElementCollection
    @CollectionTable(name = "posting_degree", joinColumns = @JoinColumn(name = "posting_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "degree", nullable = false)
    private Set<Degree> acceptedDegrees = new HashSet<>();

    @Column(name = "clinical_years")
    private @Nullable Integer clinicalYears;

    @Column(name = "leadership_years")
    private @Nullable Integer leadershipYears;

    @Column(name = "managed_care_years")
    private @Nullable Integer managedCareYears;

    @ElementCollection
    @CollectionTable(name = "posting_licence_state", joinColumns = @JoinColumn(name = "posting_id"))
    @Column(name = "state", nullable = false)
    private Set<String> licenceStates = new HashSet<>();

    @Column(name = "board_certification_required", nullable = false)
    private boolean boardCertificationRequired;

    @ElementCollection
    @CollectionTable(name = "posting_preferred_degree", joinColumns = @JoinColumn(name = "posting_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "degree", nullable = false)
    private Set<Degree> preferredDegrees = new HashSet<>();

    @Column(name = "combined_years")
    private @Nullable Integer combinedYears;

    @Column(name = "residency_required", nullable = false)
    private boolean residencyRequired;

    @ElementCollection
    @CollectionTable(name = "posting_location", joinColumns = @JoinColumn(name = "posting_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "place", nullable = false, length = 100)
    private List<String> otherLocations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "posting_competency", joinColumns = @JoinColumn(name = "posting_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "name", nullable = false)
    private List<String> competencies = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false)
    private PostingVisibility visibility;

    @Column(name = "internal_days")
    private @Nullable Integer internalDays;

    @Column(name = "open_date")
    private @Nullable LocalDate openDate;

    @Column(name = "close_date")
    private @Nullable LocalDate closeDate;

    @Column(name = "published_version", nullable = false)
    private int publishedVersion;

    @Column(name = "unpublished_changes", nullable = false)
    private boolean unpublishedChanges;

    protected Posting() {
    }

    Posting(long requisitionId, PostingContent content) {
        this.requisitionId = requisitionId;
        write(content);
        this.unpublishedChanges = true;
    }

    /** Takes the (already sanitised and validated) content; true when anything changed. */
    boolean edit(PostingContent content) {
        if (content.equals(toContent())) {
            return false;
        }
        write(content);
        unpublishedChanges = true;
        return true;
    }

    private void write(PostingContent content) {
        sections.clear();
        content.sections().forEach(s -> sections.add(new Section(s.kind(), s.heading(), s.body())));
        PostingRequirements r = content.requirements();
        educationMinimum = r.educationMinimum();
        acceptedDegrees.clear();
        acceptedDegrees.addAll(r.acceptedDegrees());
        clinicalYears = r.clinicalYearsPostResidency();
        leadershipYears = r.leadershipYears();
        managedCareYears = r.managedCareYears();
        licenceStates.clear();
        licenceStates.addAll(r.licenceStates());
        boardCertificationRequired = r.boardCertificationRequired();
        preferredDegrees.clear();
        preferredDegrees.addAll(r.preferredDegrees());
        combinedYears = r.combinedYears();
        residencyRequired = r.residencyRequired();
        otherLocations.clear();
        otherLocations.addAll(content.otherLocations());
        competencies.clear();
        competencies.addAll(r.competencies());
        visibility = content.visibility();
        internalDays = content.internalDays();
        openDate = content.openDate();
        closeDate = content.closeDate();
    }

    PostingContent toContent() {
        Set<Degree> degrees = acceptedDegrees.isEmpty() ? Set.of() : EnumSet.copyOf(acceptedDegrees);
        Set<Degree> preferred = preferredDegrees.isEmpty() ? Set.of() : EnumSet.copyOf(preferredDegrees);
        return new PostingContent(sections.stream().map(Section::toRecord).toList(),
                new PostingRequirements(educationMinimum, degrees, clinicalYears, leadershipYears, managedCareYears,
                        licenceStates, boardCertificationRequired, competencies, preferred, combinedYears,
                        residencyRequired),
                visibility, internalDays, openDate, closeDate, otherLocations);
    }

    /** Version {@code number} went live with this content. */
    void published(int number) {
        publishedVersion = number;
        unpublishedChanges = false;
    }

    long getRequisitionId() {
        return requisitionId;
    }

    int getPublishedVersion() {
        return publishedVersion;
    }

    boolean hasUnpublishedChanges() {
        return unpublishedChanges;
    }

    /** One section row. */
    @Embeddable
    static class Section {

        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false)
        private PostingSectionKind kind;

        @Column(name = "heading", nullable = false)
        private String heading;

        @Column(name = "body", nullable = false)
        private String body;

        protected Section() {
        }

        Section(PostingSectionKind kind, String heading, String body) {
            this.kind = kind;
            this.heading = heading;
            this.body = body;
        }

        PostingSection toRecord() {
            return new PostingSection(kind, heading, body);
        }
    }
}
