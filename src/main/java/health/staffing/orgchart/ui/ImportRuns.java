package health.staffing.orgchart.ui;

import health.staffing.base.DomainException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The CSV imports running on this instance, one per person: a reload of the org chart finds the person's
 * import still running and shows its progress, then its result, because the work belongs to the instance
 * that runs it, not to the page that started it (issue 17). A run is kept until a page has shown how it
 * ended; another instance behind the load balancer does not see it (the sticky session keeps a person on
 * this one).
 */
@Component
class ImportRuns {

    private final Map<String, ImportRun> byPerson = new ConcurrentHashMap<>();

    /** Starts a run for this person; refused while their previous one still runs. */
    ImportRun start(String username) {
        ImportRun run = new ImportRun();
        ImportRun previous = byPerson.compute(username, (who, current) -> current != null && current.running()
                ? current : run);
        if (previous != run) {
            throw new DomainException("Your previous import is still running; wait for its result.");
        }
        return run;
    }

    /** The person's run that is still going, or that ended and was not shown yet. */
    Optional<ImportRun> current(String username) {
        return Optional.ofNullable(byPerson.get(username));
    }

    /** A page has shown how the run ended: a later page starts afresh. */
    void shown(String username, ImportRun run) {
        if (!run.running()) {
            byPerson.remove(username, run);
        }
    }
}
