package health.staffing.candidates;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps {@code application_tally} exact: every application saved and every stage move recorded through
 * the entities changes its month's and day's rows in the same flush, so the dashboard shows a move at
 * once and a rolled-back change is rolled back in the tally too. An application remembers what it was
 * counted as (when loaded or last counted), so a save counts only the difference. Hibernate creates
 * this listener through Spring, which gives it the writer.
 */
class ApplicationTallyListener {

    private final ApplicationTallies tallies;

    ApplicationTallyListener(ApplicationTallies tallies) {
        this.tallies = tallies;
    }

    /** What the tally counts one application as; it never changes requisition or submission time. */
    record Counted(ApplicationStage stage, ApplicationStage furthest, JobApplication.Source source, boolean referred) {

        static Counted of(JobApplication application) {
            return new Counted(application.getStage(), application.getFurthestStage(), application.getSource(),
                    application.getReferredBy() != null);
        }

        Map<String, Number> delta(int sign) {
            return ApplicationTally.counted(stage, furthest, source, referred, sign);
        }
    }

    @PostLoad
    void loaded(Object entity) {
        if (entity instanceof JobApplication application) {
            application.tallied(Counted.of(application));
        }
    }

    @PostPersist
    void persisted(Object entity) {
        if (entity instanceof JobApplication application) {
            Counted now = Counted.of(application);
            tallies.add(application.getSubmittedAt(), application.getRequisitionId(), now.delta(1));
            application.tallied(now);
        } else if (entity instanceof ApplicationStageChange move) {
            countMove(move);
        }
    }

    @PostUpdate
    void updated(Object entity) {
        if (!(entity instanceof JobApplication application)) {
            return;
        }
        Counted before = application.tallied();
        if (before == null) {
            throw new IllegalStateException("Application " + application.getId() + " was saved without being counted");
        }
        Counted now = Counted.of(application);
        if (!now.equals(before)) {
            Map<String, Number> delta = new LinkedHashMap<>(before.delta(-1));
            now.delta(1).forEach((column, amount) -> delta.merge(column, amount, (a, b) -> a.intValue() + b.intValue()));
            delta.values().removeIf(amount -> amount.intValue() == 0);
            tallies.add(application.getSubmittedAt(), application.getRequisitionId(), delta);
            application.tallied(now);
        }
    }

    /** A move out of a stage: one more left it that day and month, after so many days in it. */
    private void countMove(ApplicationStageChange move) {
        ApplicationStage from = move.getFromStage();
        Instant since = move.getFromStageSince();
        if (from == null || since == null) {
            return;
        }
        Map<String, Number> delta = new LinkedHashMap<>();
        delta.put(ApplicationTally.left(from), 1);
        // Microseconds, as the columns keep them, so a rebuild from the rows gives the same days.
        delta.put(ApplicationTally.daysIn(from), ChronoUnit.MICROS.between(since, move.getChangedAt()) / 86_400e6);
        tallies.add(move.getChangedAt(), move.getApplication().getRequisitionId(), delta);
    }
}
