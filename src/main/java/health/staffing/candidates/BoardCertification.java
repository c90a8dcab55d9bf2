package health.staffing.candidates;

import health.staffing.base.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A board certification as the applicant declared it. */
@Embeddable
public record BoardCertification(@Column(name = "specialty") String specialty, @Column(name = "board") String board,
        @Column(name = "expires_on") @Nullable LocalDate expiresOn) {

    /** The columns' widths (V6): the form's fields stop there and the rules refuse more. */
    public static final int MAX_SPECIALTY = 200;
    public static final int MAX_BOARD = 200;
    /** More certifications than any physician declares; the form offers no more. */
    public static final int MAX_COUNT = 20;

    /** Every problem with the declared certifications, each a sentence; empty when they can be kept. */
    static List<String> problems(List<BoardCertification> certifications) {
        List<String> problems = new ArrayList<>();
        if (certifications.size() > MAX_COUNT) {
            problems.add("Declare at most " + MAX_COUNT + " board certifications.");
        }
        for (BoardCertification c : certifications) {
            Optional<String> textProblem = TextLimits.problem("A board certification's specialty", c.specialty(),
                    MAX_SPECIALTY).or(() -> TextLimits.problem("A certifying board", c.board(), MAX_BOARD));
            if (TextLimits.isBlank(c.specialty()) || TextLimits.isBlank(c.board())) {
                problems.add("Each board certification needs its specialty and board.");
            } else if (textProblem.isPresent()) {
                problems.add(textProblem.get());
            } else if (c.expiresOn() != null && !Credentials.plausible(c.expiresOn())) {
                problems.add("A board certification expires between " + Credentials.EARLIEST.getYear() + " and "
                        + Credentials.LATEST.getYear() + ".");
            } else {
                continue;
            }
            break;
        }
        return problems;
    }
}
