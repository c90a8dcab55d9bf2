package health.staffing.requisitions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a candidate must show, typed so screening can use it (the section texts say the same for
 * people). Experience years are null when the posting does not ask for them. Licence states are
 * two-letter state codes ("NY").
 */
public record PostingRequirements(@Nullable EducationLevel educationMinimum, Set<Degree> acceptedDegrees,
        @Nullable Integer clinicalYearsPostResidency, @Nullable Integer leadershipYears,
        @Nullable Integer managedCareYears,
        Set<String> licenceStates, boolean boardCertificationRequired, List<String> competencies) {

    public static final PostingRequirements NONE = new PostingRequirements(null, Set.of(), null, null, null, Set.of(),
            false, List.of());

    public PostingRequirements {
        acceptedDegrees = acceptedDegrees == null || acceptedDegrees.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(acceptedDegrees));
        licenceStates = states(licenceStates);
        competencies = competencies == null ? List.of()
                : competencies.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private static Set<String> states(Collection<String> states) {
        if (states == null) {
            return Set.of();
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (String state : states) {
            if (state != null && !state.isBlank()) {
                normalised.add(state.strip().toUpperCase(Locale.ROOT));
            }
        }
        return Set.copyOf(normalised);
    }

    /**
     * What a candidate must show, in words, for approvers and summaries: "MD or DO; board
     * certification; a licence in NY; at least 5 years of clinical practice"; empty when nothing is typed.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!acceptedDegrees.isEmpty()) {
            parts.add(acceptedDegrees.stream().sorted().map(Degree::label).collect(Collectors.joining(" or ")));
        } else if (educationMinimum != null) {
            parts.add("at least " + educationMinimum.label().toLowerCase(Locale.ROOT));
        }
        if (boardCertificationRequired) {
            parts.add("board certification");
        }
        if (!licenceStates.isEmpty()) {
            parts.add("a licence in " + String.join(" or ", new TreeSet<>(licenceStates)));
        }
        years(parts, clinicalYearsPostResidency, "clinical practice after residency");
        years(parts, leadershipYears, "physician leadership");
        years(parts, managedCareYears, "managed care");
        return String.join("; ", parts);
    }

    private static void years(List<String> parts, @Nullable Integer years, String what) {
        if (years != null && years > 0) {
            parts.add("at least " + years + (years == 1 ? " year of " : " years of ") + what);
        }
    }
}
