package health.staffing.base;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * How long file imports take, for operations: the timer {@code portal.import.duration} tagged with the
 * kind of file and the outcome ({@code applied}, {@code refused} when the file had problems and nothing
 * changed, {@code failed}). Measured inside the import's transaction: the commit is not included.
 */
@Component
public class ImportTimings {

    private final MeterRegistry meters;

    ImportTimings(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Runs {@code work} and records its duration under {@code kind} (e.g. {@code org-chart-csv}). */
    public <T> T time(String kind, Supplier<T> work) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            T result = work.get();
            outcome = "applied";
            return result;
        } catch (DomainException refused) {
            outcome = "refused";
            throw refused;
        } finally {
            sample.stop(Timer.builder("portal.import.duration").tag("kind", kind).tag("outcome", outcome)
                    .description("File imports, from reading the file to the last change (before the commit)")
                    .register(meters));
        }
    }
}
