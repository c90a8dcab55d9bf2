package health.staffing.jobalerts;

import health.staffing.base.AbstractEntity;
import health.staffing.requisitions.AlertFrequency;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.EmploymentType;
import health.staffing.requisitions.JobPlace;
import health.staffing.requisitions.JobSearch;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A caregiver's job board search kept under a name, with how often it alerts them. */
@Entity
@Table(name = "saved_search")
class SavedSearch extends AbstractEntity {

    @Column(name = "username", nullable = false, updatable = false, length = 100)
    private String username;

    @Column(name = "name", nullable = false, length = SavedSearchRules.MAX_NAME)
    private String name;

    @Column(name = "keywords", updatable = false, length = SavedSearchRules.MAX_KEYWORDS)
    private @Nullable String keywords;

    @Column(name = "near", updatable = false, length = SavedSearchRules.MAX_NEAR)
    private @Nullable String near;

    @Column(name = "place_label", updatable = false, length = 200)
    private @Nullable String placeLabel;

    @Column(name = "radius_miles", updatable = false)
    private @Nullable Integer radiusMiles;

    @Column(name = "centre_latitude", updatable = false)
    private @Nullable Double centreLatitude;

    @Column(name = "centre_longitude", updatable = false)
    private @Nullable Double centreLongitude;

    @Column(name = "category", updatable = false, length = SavedSearchRules.MAX_CATEGORY)
    private @Nullable String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", updatable = false, length = 20)
    private @Nullable EmploymentType employmentType;

    @Enumerated(EnumType.STRING)
    @Column(name = "education", updatable = false, length = 30)
    private @Nullable EducationLevel education;

    @Column(name = "experience_years", updatable = false)
    private @Nullable Integer experienceYears;

    @Column(name = "salary_at_least", updatable = false, precision = 12, scale = 2)
    private @Nullable BigDecimal salaryAtLeast;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", nullable = false, length = 10)
    private AlertFrequency frequency = AlertFrequency.NONE;

    @Column(name = "unsubscribe_token", nullable = false, updatable = false, length = 64)
    private String unsubscribeToken;

    @Column(name = "last_alerted_at", insertable = false, updatable = false)
    private @Nullable Instant lastAlertedAt;

    @Column(name = "alerts_sent", nullable = false, updatable = false)
    private int alertsSent;

    protected SavedSearch() {
        // for JPA
        username = "";
        name = "";
        unsubscribeToken = "";
    }

    SavedSearch(String username, String name, JobSearch search, @Nullable JobPlace centre, AlertFrequency frequency,
            String unsubscribeToken) {
        this.username = username;
        this.name = name.strip();
        this.keywords = search.keywords();
        this.near = centre == null ? null : search.near();
        this.placeLabel = centre == null ? null : centre.label();
        this.radiusMiles = centre == null ? null : search.radiusMiles();
        this.centreLatitude = centre == null ? null : centre.latitude();
        this.centreLongitude = centre == null ? null : centre.longitude();
        this.category = search.category();
        this.employmentType = search.employmentType();
        this.education = search.education();
        this.experienceYears = search.experienceYears();
        this.salaryAtLeast = search.salaryAtLeast();
        this.frequency = frequency;
        this.unsubscribeToken = unsubscribeToken;
    }

    void alert(AlertFrequency value) {
        this.frequency = value;
    }

    String getUsername() {
        return username;
    }

    String getName() {
        return name;
    }

    AlertFrequency getFrequency() {
        return frequency;
    }

    String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    /** The search as the job board runs it (the stored centre's name, never re-resolved). */
    JobSearch search() {
        return new JobSearch(keywords, near, radiusMiles, category, employmentType, education, experienceYears, null,
                salaryAtLeast, null);
    }

    SavedSearchSummary toSummary() {
        return new SavedSearchSummary(getId(), name, search(), placeLabel, frequency, getCreatedAt(), lastAlertedAt, alertsSent);
    }
}
