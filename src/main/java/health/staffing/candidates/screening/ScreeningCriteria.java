package health.staffing.candidates.screening;

import health.staffing.base.Dates;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.DeclaredCredentials;
import health.staffing.candidates.StateLicense;
import health.staffing.requisitions.Degree;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.PostingRequirements;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The screening rules: a posting's typed minimum qualifications turned into criteria and checked
 * against an application's declared credentials on a given day. Pure functions, no Spring.
 * <ul>
 * <li>Degree: one of the accepted degrees (when the posting lists some), otherwise the education
 * minimum by level (MD/DO for "MD/DO", any doctorate for "other doctorate", a master's…).</li>
 * <li>Residency: the applicant declared a completed ACGME- or AOA-accredited residency.</li>
 * <li>Board certification: one that has not expired (no expiry date counts as valid).</li>
 * <li>One criterion per licence state: a licence in that state whose status is Active and that has
 * not expired. Inactive, pending or restricted licences do not count.</li>
 * <li>Years of clinical practice after residency, physician leadership, managed care: the declared
 * figure is at least the posting's; a figure not declared does not meet it.</li>
 * <li>Combined experience: the declared clinical and leadership years added up reach the posting's.</li>
 * <li>Preferred degrees: a criterion of its own that never fails the application (held: a plus).</li>
 * </ul>
 * A met criterion is EXPIRING when the credential that meets it expires within the window (on or
 * before today + window days). When several credentials meet a criterion, the one valid longest
 * counts. Overall: NOT_MET if any required criterion is not met, else EXPIRING if any expires, else MET.
 */
public final class ScreeningCriteria {

    static final String NO_CRITERIA = "The posting names no typed minimum qualifications.";
    static final String ACTIVE = "Active";
    static final String RESIDENCY = "Residency: completed, ACGME-accredited (or AOA-accredited)";

    private ScreeningCriteria() {
    }

    public static ScreeningResult evaluate(PostingRequirements requirements, DeclaredCredentials declared,
            LocalDate today, int expiringWithinDays) {
        PostingRequirements r = requirements == null ? PostingRequirements.NONE : requirements;
        LocalDate limit = today.plusDays(expiringWithinDays);
        List<CriterionResult> criteria = new ArrayList<>();
        if (!r.acceptedDegrees().isEmpty()) {
            criteria.add(degree(r, declared));
        } else if (r.educationMinimum() != null) {
            criteria.add(education(r.educationMinimum(), declared));
        }
        if (r.residencyRequired()) {
            criteria.add(Boolean.TRUE.equals(declared.residencyCompleted())
                    ? met(RESIDENCY, "Completed residency declared", null)
                    : notMet(RESIDENCY, "Not declared."));
        }
        if (r.boardCertificationRequired()) {
            criteria.add(boardCertification(declared, today, limit));
        }
        r.licenceStates().stream().sorted().forEach(state -> criteria.add(licence(state, declared, today, limit)));
        years(criteria, r.clinicalYearsPostResidency(), declared.clinicalYears(), "clinical practice after residency");
        years(criteria, r.leadershipYears(), declared.leadershipYears(), "physician leadership");
        years(criteria, r.managedCareYears(), declared.managedCareYears(), "managed care");
        if (r.combinedYears() != null) {
            criteria.add(combined(r.combinedYears(), declared));
        }
        if (!r.preferredDegrees().isEmpty()) {
            criteria.add(preferredDegree(r, declared));
        }

        List<CriterionResult> required = criteria.stream().filter(c -> !c.preferred()).toList();
        boolean met = required.stream().noneMatch(c -> c.outcome() == CriterionOutcome.NOT_MET);
        LocalDate earliest = met ? required.stream().map(CriterionResult::expiresOn).filter(d -> d != null)
                .min(Comparator.naturalOrder()).orElse(null) : null;
        CriterionOutcome overall = !met ? CriterionOutcome.NOT_MET
                : required.stream().anyMatch(c -> c.outcome() == CriterionOutcome.EXPIRING) ? CriterionOutcome.EXPIRING
                : CriterionOutcome.MET;
        return new ScreeningResult(criteria, overall, met, earliest);
    }

    /**
     * The overall outcome today from the two stored facts; the same rule as the grid's SQL filter.
     * Null when the application was never evaluated.
     */
    public static @Nullable CriterionOutcome current(@Nullable Boolean criteriaMet,
            @Nullable LocalDate credentialsExpireOn, LocalDate today, int expiringWithinDays) {
        if (criteriaMet == null) {
            return null;
        }
        if (!criteriaMet || credentialsExpireOn != null && credentialsExpireOn.isBefore(today)) {
            return CriterionOutcome.NOT_MET;
        }
        if (credentialsExpireOn != null && !credentialsExpireOn.isAfter(today.plusDays(expiringWithinDays))) {
            return CriterionOutcome.EXPIRING;
        }
        return CriterionOutcome.MET;
    }

    private static CriterionResult degree(PostingRequirements r, DeclaredCredentials declared) {
        String accepted = either(r.acceptedDegrees().stream().sorted().map(Degree::label).toList());
        String label = "Degree: " + accepted;
        List<Degree> matching = declared.degrees().stream().filter(r.acceptedDegrees()::contains).sorted().toList();
        if (!matching.isEmpty()) {
            return met(label, labels(matching) + " declared", null);
        }
        return notMet(label, declared.degrees().isEmpty() ? "No degree declared."
                : "Declared " + labels(declared.degrees().stream().sorted().toList()) + "; none of " + accepted + ".");
    }

    /**
     * "N years of clinical, educational and administrative experience": the declared clinical years
     * after residency and physician leadership years added up (the application asks for them apart).
     */
    private static CriterionResult combined(int required, DeclaredCredentials declared) {
        String label = "At least " + required + (required == 1 ? " year" : " years")
                + " of clinical, educational and administrative experience (combined)";
        Integer clinical = declared.clinicalYears();
        Integer leadership = declared.leadershipYears();
        if (clinical == null && leadership == null) {
            return notMet(label, "Not declared.");
        }
        int total = (clinical == null ? 0 : clinical) + (leadership == null ? 0 : leadership);
        String detail = (clinical == null ? 0 : clinical) + " clinical + " + (leadership == null ? 0 : leadership)
                + " leadership = " + total + (total == 1 ? " year" : " years") + " declared";
        return total >= required ? met(label, detail, null) : notMet(label, detail + ".");
    }

    /** A preferred degree: held, a plus; not held, said so without failing the application. */
    private static CriterionResult preferredDegree(PostingRequirements r, DeclaredCredentials declared) {
        String preferred = either(r.preferredDegrees().stream().sorted().map(Degree::label).toList());
        String label = "Preferred: " + preferred;
        List<Degree> held = declared.degrees().stream().filter(r.preferredDegrees()::contains).sorted().toList();
        if (!held.isEmpty()) {
            return new CriterionResult(label, CriterionOutcome.MET, labels(held) + " declared", null, true);
        }
        return new CriterionResult(label, CriterionOutcome.NOT_MET, "Not declared; preferred, not required.", null,
                true);
    }

    private static CriterionResult education(EducationLevel minimum, DeclaredCredentials declared) {
        String label = "Education: at least " + minimum.label();
        Optional<Degree> best = declared.degrees().stream().filter(d -> satisfies(d, minimum)).sorted().findFirst();
        if (best.isPresent()) {
            return met(label, best.get().label() + " declared", null);
        }
        return notMet(label, declared.degrees().isEmpty() ? "No degree declared."
                : "Declared " + labels(declared.degrees().stream().sorted().toList()) + "; below the minimum.");
    }

    /** Whether a degree reaches an education level (an MD/DO minimum needs an MD or DO). */
    static boolean satisfies(Degree degree, EducationLevel minimum) {
        return switch (minimum) {
            case DOCTORATE_MD_DO -> degree == Degree.MD || degree == Degree.DO;
            case DOCTORATE_OTHER -> rank(degree) >= 4;
            default -> rank(degree) >= rank(minimum);
        };
    }

    private static int rank(Degree degree) {
        return switch (degree) {
            case MD, DO, DNP, PHD -> 4;
            case MBA, MHA, MPH, MSN -> 3;
            case BACHELOR -> 2;
        };
    }

    private static int rank(EducationLevel level) {
        return switch (level) {
            case HIGH_SCHOOL -> 0;
            case ASSOCIATE -> 1;
            case BACHELOR -> 2;
            case MASTER -> 3;
            case DOCTORATE_MD_DO, DOCTORATE_OTHER -> 4;
        };
    }

    private static CriterionResult boardCertification(DeclaredCredentials declared, LocalDate today, LocalDate limit) {
        String label = "Board certification";
        if (declared.boardCertifications().isEmpty()) {
            return notMet(label, "No board certification declared.");
        }
        Optional<BoardCertification> best = declared.boardCertifications().stream()
                .filter(c -> c.expiresOn() == null || !c.expiresOn().isBefore(today))
                .max(Comparator.comparing(BoardCertification::expiresOn, Comparator.nullsLast(Comparator.naturalOrder())));
        if (best.isEmpty()) {
            BoardCertification last = declared.boardCertifications().stream()
                    .max(Comparator.comparing(BoardCertification::expiresOn)).orElseThrow();
            return notMet(label, name(last) + " expired on " + Dates.day(last.expiresOn()) + ".");
        }
        BoardCertification c = best.get();
        return valid(label, name(c), c.expiresOn(), today, limit);
    }

    private static CriterionResult licence(String state, DeclaredCredentials declared, LocalDate today, LocalDate limit) {
        String label = state + " medical licence";
        List<StateLicense> inState = declared.licenses().stream()
                .filter(l -> l.state() != null && l.state().equalsIgnoreCase(state)).toList();
        if (inState.isEmpty()) {
            return notMet(label, declared.licenses().isEmpty() ? "No licence declared."
                    : "No " + state + " licence declared (declared: " + declared.licenses().stream()
                            .map(StateLicense::state).distinct().sorted().collect(Collectors.joining(", ")) + ").");
        }
        Optional<StateLicense> best = inState.stream().filter(l -> ACTIVE.equalsIgnoreCase(trim(l.status())))
                .filter(l -> l.expiresOn() == null || !l.expiresOn().isBefore(today))
                .max(Comparator.comparing(StateLicense::expiresOn, Comparator.nullsLast(Comparator.naturalOrder())));
        if (best.isPresent()) {
            StateLicense l = best.get();
            return valid(label, state + " licence " + l.number() + " active", l.expiresOn(), today, limit);
        }
        Optional<StateLicense> expired = inState.stream().filter(l -> ACTIVE.equalsIgnoreCase(trim(l.status())))
                .max(Comparator.comparing(StateLicense::expiresOn));
        if (expired.isPresent()) {
            StateLicense l = expired.get();
            return notMet(label, state + " licence " + l.number() + " expired on " + Dates.day(l.expiresOn()) + ".");
        }
        StateLicense l = inState.getFirst();
        return notMet(label, state + " licence " + l.number() + " is " + trim(l.status()).toLowerCase(Locale.ROOT)
                + ", not active.");
    }

    private static void years(List<CriterionResult> criteria, @Nullable Integer required, @Nullable Integer declared,
            String what) {
        if (required == null) {
            return;
        }
        String label = "At least " + required + (required == 1 ? " year " : " years ") + what;
        if (declared == null) {
            criteria.add(notMet(label, "Not declared."));
        } else if (declared >= required) {
            criteria.add(met(label, declared + (declared == 1 ? " year" : " years") + " declared", null));
        } else {
            criteria.add(notMet(label, "Declared " + declared + (declared == 1 ? " year." : " years.")));
        }
    }

    /** A credential valid today: met, or expiring when it lapses on or before the limit. */
    private static CriterionResult valid(String label, String what, @Nullable LocalDate expiresOn, LocalDate today,
            LocalDate limit) {
        if (expiresOn == null) {
            return met(label, what + ", no expiry date given", null);
        }
        long days = ChronoUnit.DAYS.between(today, expiresOn);
        String detail = what + " until " + Dates.day(expiresOn);
        if (!expiresOn.isAfter(limit)) {
            return new CriterionResult(label, CriterionOutcome.EXPIRING, detail + " — expires "
                    + (days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days"), expiresOn);
        }
        return met(label, detail, expiresOn);
    }

    private static CriterionResult met(String label, String detail, @Nullable LocalDate expiresOn) {
        return new CriterionResult(label, CriterionOutcome.MET, detail, expiresOn);
    }

    private static CriterionResult notMet(String label, String detail) {
        return new CriterionResult(label, CriterionOutcome.NOT_MET, detail, null);
    }

    private static String name(BoardCertification c) {
        return trim(c.specialty()) + " (" + trim(c.board()) + ")";
    }

    private static String labels(List<Degree> degrees) {
        return degrees.stream().map(Degree::label).collect(Collectors.joining(", "));
    }

    private static String either(List<String> options) {
        if (options.size() == 1) {
            return options.getFirst();
        }
        return String.join(", ", options.subList(0, options.size() - 1)) + " or " + options.getLast();
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
