package health.staffing.load;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * What each kind of user does over and over while a phase runs, with a person's pauses between the
 * steps: caregivers search the job board, read a posting and look at their applications; recruiters
 * screen new applicants in the candidate grid; approvers decide the requisitions waiting for them.
 */
final class Journeys {

    private static final List<String> KEYWORDS = List.of("medical director", "quality", "primary care", "chief",
            "population health", "utilization", "");

    private final Recorder recorder;
    private final double thinkFactor;

    Journeys(Recorder recorder, double thinkFactor) {
        this.recorder = recorder;
        this.thinkFactor = thinkFactor;
    }

    enum Kind {
        CAREGIVER, RECRUITER, APPROVER
    }

    /** Signs in and repeats the journey until told to stop; a failed step is counted, then the user reloads. */
    void run(VaadinUser user, Kind kind, String password, BooleanSupplier running) {
        String home = switch (kind) {
            case CAREGIVER -> "jobs";
            case RECRUITER -> "candidates";
            case APPROVER -> "approvals";
        };
        boolean signedIn = false;
        while (running.getAsBoolean()) {
            try {
                if (!signedIn) {
                    user.signIn(password);
                    signedIn = true;
                    user.open("open " + home, home);
                }
                switch (kind) {
                    case CAREGIVER -> caregiver(user);
                    case RECRUITER -> recruiter(user);
                    case APPROVER -> approver(user);
                }
            } catch (RuntimeException failed) {
                recorder.error(user.username, failed.getMessage() == null ? failed.toString() : failed.getMessage());
                think(5, 10);
                try {
                    if (signedIn) {
                        user.open("open " + home, home);
                    }
                } catch (RuntimeException again) {
                    recorder.error(user.username, "reload: " + again.getMessage());
                    signedIn = false;
                }
            }
        }
    }

    void caregiver(VaadinUser user) {
        think(3, 6);
        UiTree tree = user.tree();
        user.type("search jobs", user.required(tree.field("vaadin-text-field", "Keywords"), "the keyword field"),
                pick(KEYWORDS));
        think(2, 4);
        user.choose("filter jobs", user.required(tree.byId("job-sort"), "the sort"),
                ThreadLocalRandom.current().nextBoolean() ? "Newest" : "Relevance");
        think(2, 5);
        UiTree.Node grid = user.required(tree.byTag("vaadin-grid"), "the job list");
        List<JsonNode> rows = user.rows(grid);
        if (rows.isEmpty()) {
            recorder.outcome("caregiver: no role matched");
        } else {
            user.clickRow("open a posting", grid, pick(rows).path("key").asString());
            think(5, 10);
        }
        user.navigate("open my applications", "my-applications", "");
        think(3, 6);
        user.navigate("open jobs", "jobs", "");
    }

    /** The stage a recruiter looks at, and where they move an application from it: the next stage. */
    private static final String[][] PIPELINE = {{"APPLIED", "Screening"}, {"SCREENING", "Interview"},
        {"INTERVIEW", "Finalist"}};

    void recruiter(VaadinUser user) {
        think(3, 6);
        UiTree tree = user.tree();
        UiTree.Node grid = null;
        List<JsonNode> rows = List.of();
        String[] step = PIPELINE[0];
        // The earliest stage with someone waiting; a long run moves the queue's applicants along the pipeline.
        for (String[] stage : PIPELINE) {
            user.navigate("filter candidates", "candidates", "stage=" + stage[0]);
            grid = user.required(tree.byId("applications"), "the candidate grid");
            rows = user.rows(grid);
            step = stage;
            if (!rows.isEmpty()) {
                break;
            }
        }
        if (rows.isEmpty()) {
            recorder.outcome("recruiter: nobody waiting");
            return;
        }
        think(2, 4);
        Optional<String> application = candidateLink(user, pick(rows));
        if (application.isPresent()) {
            user.navigate("open an application", application.get(), "");
            think(5, 10);
            user.navigate("filter candidates", "candidates", "stage=" + step[0]);
            think(1, 3);
            grid = user.required(tree.byId("applications"), "the candidate grid");
            rows = user.rows(grid);
            if (rows.isEmpty()) {
                return;
            }
        }
        user.selectRow("select an application", grid, pick(rows).path("key").asString());
        user.choose("choose a stage", user.required(tree.byId("move-to"), "Move to stage"), step[1]);
        user.click("move a stage", user.required(tree.byId("move-selected"), "Move selected"));
        classify(user, "recruiter");
    }

    /** The candidate column's router link of a grid row, e.g. "candidates/123". */
    private static Optional<String> candidateLink(VaadinUser user, JsonNode row) {
        for (var entry : row.properties()) {
            if (entry.getKey().endsWith("nodeid") && entry.getValue().isInt()) {
                Optional<String> href = user.tree().node(entry.getValue().asInt())
                        .map(node -> node.attributes.getOrDefault("href", ""))
                        .filter(link -> link.matches("candidates/\\d+"));
                if (href.isPresent()) {
                    return href;
                }
            }
        }
        return Optional.empty();
    }

    void approver(VaadinUser user) {
        think(4, 8);
        UiTree tree = user.tree();
        Optional<UiTree.Node> approve = tree.byId("approve");
        if (approve.isEmpty()) {
            recorder.outcome("approver: inbox empty");
        } else {
            // Approvers sharing an account would all take the oldest; each picks one of the rows shown.
            // The inbox is the grid with the most rows (the selected requisition's trail is another).
            tree.all(node -> node.tag.equals("vaadin-grid")).stream()
                    .max(Comparator.comparingInt(grid -> user.rows(grid).size())).ifPresent(grid -> {
                List<JsonNode> rows = user.rows(grid);
                if (rows.size() > 1) {
                    user.clickRow("select a requisition", grid, pick(rows).path("key").asString());
                    think(2, 4);
                }
            });
            user.click("approve", user.required(tree.byId("approve"), "Approve"));
            Optional<UiTree.Node> comment = tree.byId("decision-comment");
            if (comment.isPresent()) {
                user.fill("write a comment", comment.get(), "Supportive; no concerns from this office.");
                user.click("approve", user.required(tree.byId("decision-confirm"), "the dialog's Approve"));
            }
            classify(user, "approver");
        }
        think(3, 6);
        user.navigate("open approvals", "approvals", "");
    }

    private void classify(VaadinUser user, String who) {
        List<String> shown = user.takeNotifications();
        if (shown.isEmpty()) {
            recorder.outcome(who + ": no message");
            return;
        }
        String message = shown.getLast();
        if (message.contains("went wrong")) {
            throw new VaadinUser.Failure(message);
        }
        String kind = message.contains("a moment ago") || message.contains("changed") ? "decided or changed by someone else first"
                : message.contains("moved to") || message.contains("pproved") ? "done"
                : message.length() > 60 ? message.substring(0, 60) + "…" : message;
        recorder.outcome(who + ": " + kind);
    }

    private void think(int fromSeconds, int toSeconds) {
        long millis = (long) (ThreadLocalRandom.current().nextLong(fromSeconds * 1000L, toSeconds * 1000L + 1)
                * thinkFactor);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new VaadinUser.Failure("stopped");
        }
    }

    private static <T> T pick(List<T> choices) {
        return choices.get(ThreadLocalRandom.current().nextInt(choices.size()));
    }
}
