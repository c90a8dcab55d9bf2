package health.staffing.requisitions;

import health.staffing.base.TextLimits;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A job board search; every part is optional (null: no filter).
 *
 * @param keywords        words that must all appear in the title or the posting's text
 * @param near            the centre of a radius search: a facility code ("SOM"), a city ("Worcester" or
 *                        "Worcester, MA") or a postal code ("01609"), resolved through the facility table
 * @param radiusMiles     the radius around {@code near}; {@link #DEFAULT_RADIUS_MILES} when null
 * @param category        the employment category, exactly as postings state it
 * @param employmentType  full or part time
 * @param education       the caregiver's education: postings asking for this level or less (or nothing)
 * @param experienceYears the caregiver's years: postings asking for at most that many years (or none)
 * @param postedWithinDays published in the last N days
 * @param salaryAtLeast   the posting's salary maximum is at least this
 * @param sort            relevance (keyword hits, then distance, then newest), newest or salary; null is relevance
 */
public record JobSearch(@Nullable String keywords, @Nullable String near, @Nullable Integer radiusMiles,
        @Nullable String category, @Nullable EmploymentType employmentType, @Nullable EducationLevel education,
        @Nullable Integer experienceYears, @Nullable Integer postedWithinDays, @Nullable BigDecimal salaryAtLeast,
        @Nullable Sort sort) {

    public static final int DEFAULT_RADIUS_MILES = 25;
    public static final JobSearch ALL = new JobSearch(null, null, null, null, null, null, null, null, null, null);

    public enum Sort {
        RELEVANCE, NEWEST, SALARY
    }

    public JobSearch {
        keywords = blankToNull(keywords);
        near = blankToNull(near);
        category = blankToNull(category);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    public static JobSearch keywords(String keywords) {
        return ALL.withKeywords(keywords);
    }

    public JobSearch withKeywords(String value) {
        return new JobSearch(value, near, radiusMiles, category, employmentType, education, experienceYears,
                postedWithinDays, salaryAtLeast, sort);
    }

    public JobSearch near(String centre, Integer radius) {
        return new JobSearch(keywords, centre, radius, category, employmentType, education, experienceYears,
                postedWithinDays, salaryAtLeast, sort);
    }

    public JobSearch withCategory(String value) {
        return new JobSearch(keywords, near, radiusMiles, value, employmentType, education, experienceYears,
                postedWithinDays, salaryAtLeast, sort);
    }

    public JobSearch withEmploymentType(EmploymentType value) {
        return new JobSearch(keywords, near, radiusMiles, category, value, education, experienceYears,
                postedWithinDays, salaryAtLeast, sort);
    }

    public JobSearch withEducation(EducationLevel value) {
        return new JobSearch(keywords, near, radiusMiles, category, employmentType, value, experienceYears,
                postedWithinDays, salaryAtLeast, sort);
    }

    public JobSearch withExperienceYears(Integer value) {
        return new JobSearch(keywords, near, radiusMiles, category, employmentType, education, value,
                postedWithinDays, salaryAtLeast, sort);
    }

    public JobSearch withPostedWithinDays(Integer value) {
        return new JobSearch(keywords, near, radiusMiles, category, employmentType, education, experienceYears,
                value, salaryAtLeast, sort);
    }

    public JobSearch withSalaryAtLeast(BigDecimal value) {
        return new JobSearch(keywords, near, radiusMiles, category, employmentType, education, experienceYears,
                postedWithinDays, value, sort);
    }

    public JobSearch sortedBy(Sort value) {
        return new JobSearch(keywords, near, radiusMiles, category, employmentType, education, experienceYears,
                postedWithinDays, salaryAtLeast, value);
    }

    /** The radius in effect when a centre is given. */
    public int effectiveRadiusMiles() {
        return radiusMiles == null ? DEFAULT_RADIUS_MILES : radiusMiles;
    }

    private static @Nullable String blankToNull(@Nullable String typed) {
        String value = TextLimits.searchable(typed);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
