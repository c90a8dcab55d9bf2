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
 *
 * @param preferredDegrees degrees that count in a candidate's favour without being required ("MBA or
 *                         MHA preferred"); screening shows one held as a plus and one missing as no failure
 * @param combinedYears    years of clinical, educational and administrative experience together ("5 years of
 *                         clinical, educational and administrative experience"): the declared clinical and
 *                         leadership years added up
 * @param residencyRequired a completed ACGME-accredited (or AOA-accredited) residency is required
 */
public record PostingRequirements(@Nullable EducationLevel educationMinimum, Set<Degree> acceptedDegrees,
        @Nullable Integer clinicalYearsPostResidency, @Nullable Integer leadershipYears,
        @Nullable Integer managedCareYears,
        Set<String> licenceStates, boolean boardCertificationRequired, List<String> competencies,
        Set<Degree> preferredDegrees, @Nullable Integer combinedYears, boolean residencyRequired) {

    public static final PostingRequirements NONE = new PostingRequirements(null, Set.of(), null, null, null, Set.of(),
            false, List.of());

    /** Requirements with nothing preferred and no combined experience. */
    public PostingRequirements(@Nullable EducationLevel educationMinimum, Set<Degree> acceptedDegrees,
            @Nullable Integer clinicalYearsPostResidency, @Nullable Integer leadershipYears,
            @Nullable Integer managedCareYears, Set<String> licenceStates, boolean boardCertificationRequired,
            List<String> competencies) {
        this(educationMinimum, acceptedDegrees, clinicalYearsPostResidency, leadershipYears, managedCareYears,
                licenceStates, boardCertificationRequired, competencies, Set.of(), null, false);
    }

    /** The same requirements with these preferred degrees and combined years. */
    public PostingRequirements withPreferred(Set<Degree> preferred, @Nullable Integer combined) {
        return new PostingRequirements(educationMinimum, acceptedDegrees, clinicalYearsPostResidency, leadershipYears,
                managedCareYears, licenceStates, boardCertificationRequired, competencies, preferred, combined,
                residencyRequired);
    }

    /** The same requirements asking, or not, for a completed ACGME-accredited residency. */
    public PostingRequirements withResidency(boolean required) {
        return new PostingRequirements(educationMinimum, acceptedDegrees, clinicalYearsPostResidency, leadershipYears,
                managedCareYears, licenceStates, boardCertificationRequired, competencies, preferredDegrees,
                combinedYears, required);
    }

    public PostingRequirements {
        acceptedDegrees = acceptedDegrees == null || acceptedDegrees.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(acceptedDegrees));
        preferredDegrees = preferredDegrees == null || preferredDegrees.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(preferredDegrees));
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
     * certification; a licence in NY; at least 5 years of clinical practice; MBA or MHA preferred";
     * empty when nothing is typed.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!acceptedDegrees.isEmpty()) {
            parts.add(acceptedDegrees.stream().sorted().map(Degree::label).collect(Collectors.joining(" or ")));
        } else if (educationMinimum != null) {
            parts.add("at least " + educationMinimum.label().toLowerCase(Locale.ROOT));
        }
        if (residencyRequired) {
            parts.add("a completed ACGME-accredited residency");
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
        years(parts, combinedYears, "clinical, educational and administrative experience combined");
        if (!preferredDegrees.isEmpty()) {
            parts.add(preferredDegrees.stream().sorted().map(Degree::label).collect(Collectors.joining(" or "))
                    + " preferred");
        }
        return String.join("; ", parts);
    }

    private static void years(List<String> parts, @Nullable Integer years, String what) {
        if (years != null && years > 0) {
            parts.add("at least " + years + (years == 1 ? " year of " : " years of ") + what);
        }
    }
}
