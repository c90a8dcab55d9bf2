package health.staffing.orgchart.ui;

import com.vaadin.flow.shared.Registration;
import health.staffing.orgchart.ImportError;
import health.staffing.orgchart.ImportProgress;
import health.staffing.orgchart.ImportReport;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One CSV import (a check or the real thing) running on this instance: how far it got and how it ended.
 * The work reports here, not to the page that started it, so a page opened later (a reload, a second tab)
 * follows the same run. Written by the import's thread, read by the pages following it.
 */
final class ImportRun {

    enum State {
        RUNNING, FINISHED, REFUSED, FAILED
    }

    private volatile State state = State.RUNNING;
    private volatile @Nullable ImportProgress progress;
    private volatile @Nullable ImportReport report;
    private volatile List<ImportError> errors = List.of();
    private volatile String problem = "";
    private final List<Consumer<ImportRun>> followers = new CopyOnWriteArrayList<>();

    /** Tells the follower the run's state now and on every change, until the registration is removed. */
    Registration follow(Consumer<ImportRun> follower) {
        followers.add(follower);
        follower.accept(this);
        return () -> followers.remove(follower);
    }

    void progressed(ImportProgress step) {
        progress = step;
        changed();
    }

    void finished(ImportReport done) {
        report = done;
        end(State.FINISHED);
    }

    void refused(List<ImportError> problems) {
        errors = List.copyOf(problems);
        end(State.REFUSED);
    }

    void failed(String message) {
        problem = message;
        end(State.FAILED);
    }

    private void end(State ended) {
        state = ended;
        changed();
    }

    private void changed() {
        followers.forEach(follower -> follower.accept(this));
    }

    State state() {
        return state;
    }

    boolean running() {
        return state == State.RUNNING;
    }

    @Nullable ImportProgress progress() {
        return progress;
    }

    @Nullable ImportReport report() {
        return report;
    }

    List<ImportError> errors() {
        return errors;
    }

    String problem() {
        return problem;
    }
}
