package health.staffing.requisitions;

import health.staffing.base.TextLimits;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

    public JobSearch near(String centre, @Nullable Integer radius) {
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

    /**
     * The search as the job board's address parameters ({@code /jobs?q=…&near=…}): only what is set,
     * the radius only with a centre, enum values in lower case. The board reads the same names.
     */
    public Map<String, String> boardParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "q", keywords);
        put(parameters, "near", near);
        put(parameters, "radius", near == null ? null : radiusMiles);
        put(parameters, "category", category);
        put(parameters, "type", employmentType == null ? null : employmentType.name().toLowerCase(Locale.ROOT));
        put(parameters, "edu", education == null ? null : education.name().toLowerCase(Locale.ROOT));
        put(parameters, "years", experienceYears);
        put(parameters, "days", postedWithinDays);
        put(parameters, "minSalary", salaryAtLeast == null ? null : salaryAtLeast.toPlainString());
        put(parameters, "sort", sort == Sort.RELEVANCE || sort == null ? null : sort.name().toLowerCase(Locale.ROOT));
        return parameters;
    }

    /**
     * The filters in words, for a saved search and its alerts: "“quality” · within 25 miles of 01609 ·
     * Physician Leadership"; "Every open role" without filters. Sort and "posted within" are left out.
     */
    public String describe() {
        return describe(near);
    }

    /** The filters in words, the centre named as {@code place} (a facility's label rather than its code). */
    public String describe(@Nullable String place) {
        List<String> parts = new ArrayList<>();
        if (keywords != null) {
            parts.add("“" + keywords + "”");
        }
        if (near != null) {
            parts.add("within " + effectiveRadiusMiles() + " miles of " + (place == null ? near : place));
        }
        if (category != null) {
            parts.add(category);
        }
        if (employmentType != null) {
            parts.add(employmentType.label());
        }
        if (education != null) {
            parts.add("asking for " + education.label() + " or less");
        }
        if (experienceYears != null) {
            parts.add("at most " + experienceYears + " years of experience asked");
        }
        if (salaryAtLeast != null) {
            parts.add("pay up to at least " + NumberFormat.getCurrencyInstance(Locale.US).format(salaryAtLeast)
                    .replace(".00", ""));
        }
        return parts.isEmpty() ? "Every open role" : String.join(" · ", parts);
    }

    private static void put(Map<String, String> parameters, String key, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            parameters.put(key, value.toString().strip());
        }
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
