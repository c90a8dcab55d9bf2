package health.staffing.orgchart.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.shared.Registration;
import health.staffing.base.DomainException;
import health.staffing.orgchart.ImportError;
import health.staffing.orgchart.ImportProgress;
import health.staffing.orgchart.ImportReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-instance register of CSV imports that a reloaded page follows. */
class ImportRunsTest {

    private final ImportRuns runs = new ImportRuns();

    @Test
    void a_page_opened_later_follows_the_run_from_where_it_is_to_its_end() {
        ImportRun run = runs.start("recruiter");
        run.progressed(new ImportProgress(ImportProgress.Phase.APPLYING, 5_000, 20_000));

        List<String> seen = new ArrayList<>();
        Registration following = runs.current("recruiter").orElseThrow()
                .follow(now -> seen.add(now.state() + " " + (now.progress() == null ? "-" : now.progress().done())));
        run.progressed(new ImportProgress(ImportProgress.Phase.APPLYING, 10_000, 20_000));
        run.finished(new ImportReport(LocalDate.of(2026, 12, 6), true, 20_000, 3, 2, 1, 0, 0, 0, 19_994));
        following.remove();
        run.progressed(new ImportProgress(ImportProgress.Phase.APPLYING, 20_000, 20_000));

        assertThat(seen).containsExactly("RUNNING 5000", "RUNNING 10000", "FINISHED 10000");
    }

    @Test
    void one_import_at_a_time_per_person_and_others_are_not_held_up() {
        ImportRun first = runs.start("recruiter");

        assertThatThrownBy(() -> runs.start("recruiter")).isInstanceOf(DomainException.class)
                .hasMessage("Your previous import is still running; wait for its result.");
        assertThat(runs.start("talent")).isNotSameAs(first);

        first.refused(List.of(new ImportError(3, "Unknown manager position X")));
        assertThat(runs.start("recruiter")).as("ended runs do not block").isNotSameAs(first);
    }

    @Test
    void an_ended_run_is_kept_until_a_page_has_shown_it_and_a_running_one_is_never_dropped() {
        ImportRun run = runs.start("recruiter");
        runs.shown("recruiter", run);
        assertThat(runs.current("recruiter")).as("still running").containsSame(run);

        run.failed("The import failed on our side and changed nothing. The error has been logged.");
        assertThat(runs.current("recruiter")).as("ended, not shown yet").containsSame(run);

        runs.shown("recruiter", run);
        assertThat(runs.current("recruiter")).isEmpty();
    }
}
