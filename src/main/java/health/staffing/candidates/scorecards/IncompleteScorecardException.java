package health.staffing.candidates.scorecards;

import health.staffing.base.DomainException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A scorecard cannot be submitted yet. {@link #problems()} maps each criterion (or
 * {@link #RECOMMENDATION}) to what is missing, so the form can mark every field at once.
 */
public class IncompleteScorecardException extends DomainException {

    /** The key of the overall recommendation in {@link #problems()}. */
    public static final String RECOMMENDATION = "recommendation";

    private final Map<String, String> problems;

    IncompleteScorecardException(Map<String, String> problems) {
        super("Complete the scorecard before submitting: " + String.join(" ", problems.values()));
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
