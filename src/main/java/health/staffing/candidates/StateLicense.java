package health.staffing.candidates;

import health.staffing.base.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A state medical license as the applicant declared it (status e.g. Active, Inactive, Pending). */
@Embeddable
public record StateLicense(@Column(name = "state") String state, @Column(name = "number") @Nullable String number,
        @Column(name = "status") String status, @Column(name = "expires_on") @Nullable LocalDate expiresOn) {

    public static final List<String> STATUSES = List.of("Active", "Inactive", "Pending", "Restricted");
    /** The column's width (V6): the form's field stops there and the rules refuse more. */
    public static final int MAX_NUMBER = 40;
    /** More licences than any physician holds; the form offers no more. */
    public static final int MAX_COUNT = 60;

    /** Every problem with the declared licences, each a sentence; empty when they can be kept. */
    static List<String> problems(List<StateLicense> licenses) {
        List<String> problems = new ArrayList<>();
        if (licenses.size() > MAX_COUNT) {
            problems.add("Declare at most " + MAX_COUNT + " licenses.");
        }
        for (StateLicense l : licenses) {
            Optional<String> numberProblem = TextLimits.problem("A license number", l.number(), MAX_NUMBER);
            if (l.state() == null || !l.state().matches("[A-Z]{2}") || TextLimits.isBlank(l.number())
                    || TextLimits.isBlank(l.status())) {
                problems.add("Each license needs its state (two letters), number and status.");
            } else if (numberProblem.isPresent()) {
                problems.add(numberProblem.get());
            } else if (!STATUSES.contains(l.status())) {
                problems.add("A license's status is one of " + String.join(", ", STATUSES) + ".");
            } else if (l.expiresOn() != null && !Credentials.plausible(l.expiresOn())) {
                problems.add("A license expires between " + Credentials.EARLIEST.getYear() + " and "
                        + Credentials.LATEST.getYear() + ".");
            } else {
                continue;
            }
            break;
        }
        return problems;
    }
}
