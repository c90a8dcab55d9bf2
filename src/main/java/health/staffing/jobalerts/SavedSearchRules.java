package health.staffing.jobalerts;

import health.staffing.base.TextLimits;
import health.staffing.requisitions.JobSearch;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What a saved search may hold: the widths of its columns and the job board's own bounds. */
final class SavedSearchRules {

    static final int MAX_NAME = 80;
    static final int MAX_KEYWORDS = 200;
    static final int MAX_NEAR = 100;
    static final int MAX_CATEGORY = 200;
    static final int MAX_RADIUS = 3000;
    static final int MAX_YEARS = 60;
    static final BigDecimal MAX_SALARY = BigDecimal.valueOf(100_000_000);
    /** Enough for every role someone watches; more is a search nobody reads the alerts of. */
    static final int MAX_PER_PERSON = 20;

    private SavedSearchRules() {
    }

    /** Every problem with the name and the search's filters, each a sentence. */
    static List<String> problems(String name, JobSearch search) {
        List<String> problems = new ArrayList<>();
        if (TextLimits.isBlank(name)) {
            problems.add("Name the search, e.g. “Medical director roles near Worcester”.");
        } else {
            TextLimits.check(problems, "The name", name, MAX_NAME);
        }
        TextLimits.problem("The keywords", search.keywords(), MAX_KEYWORDS).ifPresent(problems::add);
        TextLimits.problem("The place", search.near(), MAX_NEAR).ifPresent(problems::add);
        TextLimits.problem("The category", search.category(), MAX_CATEGORY).ifPresent(problems::add);
        if (search.radiusMiles() != null && (search.radiusMiles() < 1 || search.radiusMiles() > MAX_RADIUS)) {
            problems.add("The radius must be between 1 and 3,000 miles.");
        }
        if (search.experienceYears() != null && (search.experienceYears() < 0 || search.experienceYears() > MAX_YEARS)) {
            problems.add("The years of experience must be between 0 and 60.");
        }
        if (search.salaryAtLeast() != null && (search.salaryAtLeast().signum() < 0
                || search.salaryAtLeast().compareTo(MAX_SALARY) > 0)) {
            problems.add("The salary must be between $0 and $100,000,000.");
        }
        return problems;
    }
}
