package health.staffing.approvals.ui;

import health.staffing.approvals.Decision;
import health.staffing.approvals.InboxItem;
import health.staffing.approvals.RequisitionSnapshot;
import health.staffing.base.Fte;
import health.staffing.base.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of the approval inbox, free of Vaadin: the waiting items, which one is open, the
 * decision being written, and how figures read. Tested with plain JUnit.
 */
class ApprovalInboxModel {

    static final String EMPTY = "Nothing waits for you";

    private List<InboxItem> items = List.of();
    private @Nullable InboxItem selected;
    private @Nullable Decision pending;

    /** New items from the service; keeps the open item when it still waits, else opens the oldest. */
    /** Said after a refused decision, when the inbox has been read again. */
    static final String REFRESHED = "The inbox now shows what still waits for you.";

    void show(List<InboxItem> waiting) {
        items = List.copyOf(waiting);
        Long keep = selected == null ? null : selected.stepId();
        selected = items.stream().filter(item -> keep != null && item.stepId() == keep).findFirst()
                .orElse(items.isEmpty() ? null : items.getFirst());
    }

    List<InboxItem> items() {
        return items;
    }

    boolean empty() {
        return items.isEmpty();
    }

    void select(InboxItem item) {
        selected = item;
        pending = null;
    }

    Optional<InboxItem> selected() {
        return Optional.ofNullable(selected);
    }

    // Deciding

    /** Starts a decision; approving needs no dialog, rejecting and requesting changes do. */
    boolean start(Decision decision) {
        pending = decision;
        return decision.needsComment();
    }

    Optional<Decision> pending() {
        return Optional.ofNullable(pending);
    }

    void finish() {
        pending = null;
    }

    /** The message that blocks the decision, or empty when it may be sent (the service's own rule). */
    static Optional<String> problem(Decision decision, String comment) {
        return decision.commentProblem(comment);
    }

    static String approveLabel(InboxItem item) {
        return item.consulted() ? "Mark consulted" : "Approve";
    }

    /** A consulted (dotted-line) step gives advice; it cannot reject. */
    static boolean canReject(InboxItem item) {
        return !item.consulted();
    }

    static String dialogTitle(Decision decision) {
        return decision == Decision.REJECT ? "Reject requisition" : "Request changes";
    }

    static String commentLabel(Decision decision) {
        return decision == Decision.REJECT ? "Reason" : decision == Decision.REQUEST_CHANGES ? "What should change"
                : "Comment (optional)";
    }

    static String done(InboxItem item, Decision decision) {
        String what = switch (decision) {
            case APPROVE -> item.consulted() ? "marked as consulted" : "approved";
            case REJECT -> "rejected";
            case REQUEST_CHANGES -> "sent back for changes";
        };
        return item.requisition().title() + ": " + item.step() + " " + what + ".";
    }

    // Reading

    static String age(long days) {
        return days <= 0 ? "Today" : days == 1 ? "1 day" : days + " days";
    }

    static String salary(RequisitionSnapshot snapshot) {
        if (snapshot.salaryMin() == null && snapshot.salaryMax() == null) {
            return "Not set";
        }
        return Money.range(snapshot.salaryMin(), snapshot.salaryMax()) + " per year"
                + (snapshot.adjustedForFte() ? " (adjusted for FTE)" : "");
    }

    static String fte(RequisitionSnapshot snapshot) {
        return Fte.text(snapshot.fte(), snapshot.adminFte());
    }

    /** Budget impact per year: salary range × FTE × openings, as the requisition computed it. */
    static String budget(RequisitionSnapshot snapshot) {
        String text = Money.range(snapshot.budgetMin(), snapshot.budgetMax()) + " per year";
        return snapshot.openings() > 1 ? text + " for " + snapshot.openings() + " openings" : text;
    }

    /** The grid's cost column: the top of the budget impact. */
    static String cost(InboxItem item) {
        return Money.text(item.requisition().budgetMax());
    }

    static String entity(InboxItem item) {
        RequisitionSnapshot snapshot = item.requisition();
        String name = snapshot.organisationName();
        return name != null ? name : Objects.requireNonNullElse(snapshot.organisationCode(), "—");
    }

    static String subtitle(InboxItem item) {
        RequisitionSnapshot snapshot = item.requisition();
        List<String> parts = new ArrayList<>();
        parts.add(snapshot.kind().label());
        if (snapshot.department() != null) {
            parts.add(snapshot.department());
        }
        if (snapshot.location() != null) {
            parts.add(snapshot.location());
        }
        if (snapshot.reference() != null) {
            parts.add("Job reference " + snapshot.reference());
        }
        return String.join(" · ", parts);
    }

    static String people(InboxItem item) {
        RequisitionSnapshot snapshot = item.requisition();
        String requester = snapshot.requestedByName() != null ? snapshot.requestedByName() : snapshot.requestedBy();
        String manager = snapshot.hiringManagerName() != null ? snapshot.hiringManagerName() : snapshot.hiringManager();
        return "Requested by " + requester + (manager == null ? "" : " · hiring manager " + manager);
    }

    static String waitingFor(InboxItem item) {
        String text = item.step() + " · waiting for " + item.approverName();
        return item.onBehalfOfName() == null ? text : text + " · you decide on behalf of " + item.onBehalfOfName();
    }
}
