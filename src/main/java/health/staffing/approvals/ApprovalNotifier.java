package health.staffing.approvals;

import health.staffing.base.Money;
import health.staffing.notifications.NotificationService;
import health.staffing.requisitions.ConflictOfInterest;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Every message approvals sends, in one place: approvers when a step starts waiting for them,
 * requester and hiring manager when a step is decided. The text lives here; delivery (in-app and
 * email) belongs to the notifications feature.
 */
@Component
class ApprovalNotifier {

    static final String INBOX_LINK = "approvals";

    private final NotificationService notifications;
    private final UserAccountService accounts;
    private final ConflictOfInterest conflicts;

    ApprovalNotifier(NotificationService notifications, UserAccountService accounts, ConflictOfInterest conflicts) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.conflicts = conflicts;
    }

    void stepWaiting(ApprovalStep step, ApprovalRequest request, List<String> delegates) {
        RequisitionSnapshot snapshot = request.toSnapshot();
        String subject = StepPlanner.truncate("Approval needed: " + snapshot.title(), 200);
        String body = step.label() + " waits for your decision.\n\n" + summary(snapshot)
                + "\n\nOpen your approvals inbox to approve, reject or request changes.";
        String username = step.username();
        String role = step.role();
        if (username != null) {
            send(username, subject, body, INBOX_LINK);
        } else if (role != null) { // a step names a person or a role
            sendToRole(role, subject, body, INBOX_LINK, excluded(request, role));
        }
        delegates.forEach(delegate -> send(delegate, subject,
                "You are a delegate of " + step.approverName() + ".\n\n" + body, INBOX_LINK));
    }

    void stepDecided(ApprovalStep step, ApprovalRequest request) {
        String state = step.state().label().toLowerCase();
        String subject = StepPlanner.truncate(request.title() + ": " + step.label() + " — " + state, 200);
        StringBuilder body = new StringBuilder(step.label() + ": " + state + " by " + step.decidedByName());
        if (step.onBehalfOfName() != null) {
            body.append(" on behalf of ").append(step.onBehalfOfName());
        }
        body.append('.');
        if (step.comment() != null) {
            body.append("\n\nComment: ").append(step.comment());
        }
        body.append("\n\n").append(summary(request.toSnapshot()));
        String link = "requisitions/" + request.requisitionId();
        for (String recipient : recipients(request)) {
            send(recipient, subject, body.toString(), link);
        }
    }

    private static List<String> recipients(ApprovalRequest request) {
        List<String> recipients = new ArrayList<>();
        recipients.add(request.requestedBy());
        if (request.hiringManager() != null && !Objects.equals(request.hiringManager(), request.requestedBy())) {
            recipients.add(request.hiringManager());
        }
        return recipients;
    }

    /** Nobody who cannot decide hears of the step: requester, hiring manager, candidates on the requisition. */
    private List<String> excluded(ApprovalRequest request, String role) {
        List<String> excluded = new ArrayList<>(recipients(request));
        accounts.withRole(role).stream().map(UserSummary::username)
                .filter(username -> conflicts.isCandidate(username, request.requisitionId()))
                .forEach(excluded::add);
        return excluded;
    }

    private static String summary(RequisitionSnapshot snapshot) {
        StringBuilder text = new StringBuilder(snapshot.title());
        if (snapshot.organisationName() != null) {
            text.append(", ").append(snapshot.organisationName());
        }
        text.append(" (").append(snapshot.kind().label().toLowerCase()).append(")");
        if (snapshot.salaryMin() != null && snapshot.salaryMax() != null) {
            text.append("\nSalary range: ").append(Money.range(snapshot.salaryMin(), snapshot.salaryMax()));
        }
        if (snapshot.requestedByName() != null) {
            text.append("\nRequested by: ").append(snapshot.requestedByName());
        }
        return text.toString();
    }

    // Delivery: in the caller's transaction; the email leaves after it commits.

    private void send(String username, String subject, String body, String link) {
        notifications.notify(username, subject, body, link);
    }

    private void sendToRole(String role, String subject, String body, String link, List<String> excluded) {
        notifications.notifyRole(role, subject, body, link, excluded);
    }
}
