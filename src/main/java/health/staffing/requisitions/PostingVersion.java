package health.staffing.requisitions;

import health.staffing.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * A published version of a posting, exactly as it was shown: the rendered Markdown document and
 * the key facts at the moment of publishing. Written once, never changed; who published it and
 * when are the entity's created-by and created-at.
 */
@Entity
@Immutable
@Table(name = "posting_version")
class PostingVersion extends AbstractEntity {

    @Column(name = "posting_id", nullable = false)
    private long postingId;
    @Column(name = "requisition_id", nullable = false)
    private long requisitionId;
    @Column(name = "number", nullable = false)
    private int number;
    @Column(name = "reference", nullable = false)
    private String reference;
    @Column(name = "title", nullable = false)
    private String title;
    @Column(name = "location", nullable = false)
    private String location;
    @Column(name = "work_arrangement", nullable = false)
    private String workArrangement;
    @Column(name = "employment", nullable = false)
    private String employment;
    @Column(name = "fte", nullable = false)
    private BigDecimal fte;
    @Column(name = "admin_fte", nullable = false)
    private BigDecimal adminFte;
    @Column(name = "salary_min", nullable = false)
    private @Nullable BigDecimal salaryMin;
    @Column(name = "salary_max", nullable = false)
    private @Nullable BigDecimal salaryMax;
    @Column(name = "adjusted_for_fte", nullable = false)
    private boolean adjustedForFte;
    @Column(name = "pay_range", nullable = false)
    private @Nullable String payRange;
    @Column(name = "reports_to")
    private @Nullable String reportsTo;
    @Column(name = "dotted_line_to")
    private @Nullable String dottedLineTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false)
    private PostingVisibility visibility;
    @Column(name = "internal_days")
    private @Nullable Integer internalDays;
    @Column(name = "open_date")
    private @Nullable LocalDate openDate;
    @Column(name = "close_date")
    private @Nullable LocalDate closeDate;
    @Column(name = "document", nullable = false)
    private String document;
    @Column(name = "latitude")
    private @Nullable Double latitude;
    @Column(name = "longitude")
    private @Nullable Double longitude;
    @Column(name = "category")
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type")
    private EmploymentType employmentType;
    @Enumerated(EnumType.STRING)
    @Column(name = "education_minimum")
    private @Nullable EducationLevel educationMinimum;
    @Column(name = "experience_years")
    private @Nullable Integer experienceYears;

    protected PostingVersion() {
    }

    /**
     * @param employmentType the requisition's, for the job board's filter
     * @param place          the facility of the posting's city, if known: the coordinates of radius searches
     */
    PostingVersion(Posting posting, int number, PostingFacts facts, PostingContent content, String document,
            EmploymentType employmentType, @Nullable JobPlace place) {
        this.postingId = posting.getId();
        this.requisitionId = posting.getRequisitionId();
        this.number = number;
        this.reference = facts.reference();
        this.title = facts.title();
        this.location = PostingRenderer.address(facts);
        this.workArrangement = facts.workArrangement();
        this.employment = PostingRenderer.employment(facts);
        this.fte = facts.fte();
        this.adminFte = facts.adminFte();
        this.salaryMin = facts.salaryMin();
        this.salaryMax = facts.salaryMax();
        this.adjustedForFte = facts.adjustedForFte();
        this.payRange = PostingRenderer.payRange(facts);
        this.reportsTo = facts.reportsTo();
        this.dottedLineTo = facts.dottedLinesTo().isEmpty() ? null : String.join("; ", facts.dottedLinesTo());
        this.visibility = content.visibility();
        this.internalDays = content.internalDays();
        this.openDate = content.openDate();
        this.closeDate = content.closeDate();
        this.document = document;
        this.latitude = place == null ? null : place.latitude();
        this.longitude = place == null ? null : place.longitude();
        this.category = facts.category();
        this.employmentType = employmentType;
        PostingRequirements requirements = content.requirements() == null ? PostingRequirements.NONE
                : content.requirements();
        this.educationMinimum = requirements.educationMinimum();
        this.experienceYears = mostYears(requirements);
    }

    /**
     * The most years the posting asks for (clinical, leadership, managed care or combined): what the
     * board's "my years of experience" filter compares; null when it asks for none.
     */
    static @Nullable Integer mostYears(PostingRequirements requirements) {
        Integer most = null;
        for (Integer years : new Integer[] {requirements.clinicalYearsPostResidency(), requirements.leadershipYears(),
                requirements.managedCareYears(), requirements.combinedYears()}) {
            if (years != null && (most == null || years > most)) {
                most = years;
            }
        }
        return most;
    }

    int getNumber() {
        return number;
    }

    String getDocument() {
        return document;
    }

    PublishedPosting toPublished() {
        return new PublishedPosting(requisitionId, number, getCreatedAt(), getCreatedBy(), reference, title, location,
                workArrangement, employment, fte, adminFte, salaryMin, salaryMax, adjustedForFte, payRange, reportsTo,
                dottedLineTo, visibility, internalDays, openDate, closeDate, document);
    }

    PostingVersionSummary toSummary() {
        return new PostingVersionSummary(number, getCreatedAt(), getCreatedBy(), title, payRange,
                PostingRenderer.visibility(new PostingContent(List.of(), PostingRequirements.NONE, visibility,
                        internalDays, openDate, closeDate)));
    }
}
