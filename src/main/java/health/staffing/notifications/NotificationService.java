package health.staffing.notifications;

import health.staffing.base.DomainException;
import health.staffing.people.EmployeeService;
import health.staffing.people.EmployeeSummary;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people about things: an in-app notification (the bell) plus an email to the address on
 * the person's employee record.
 * <p>
 * {@link #notify} and {@link #notifyRole} join the caller's transaction: the notification is
 * stored with the decision that raised it and its email is queued in the same transaction's mail
 * outbox (see {@link NotificationMailer}), so a rolled-back decision notifies nobody, a committed one
 * is mailed even if the server stops right after, and a mail server that is down never undoes a
 * decision. Reading and marking read work on the signed-in
 * person's own notifications only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final int MAX_RECENT = 100;

    private final NotificationRepository notifications;
    private final UserAccountService accounts;
    private final EmployeeService employees;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, UserAccountService accounts, EmployeeService employees,
            ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.accounts = accounts;
        this.employees = employees;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Notifies one user. An unknown or disabled account is skipped (logged), so a notification
     * never fails the business action that raised it; bad input (no subject) is a programming error.
     *
     * @param link an application route such as {@code "requisitions/42"}, or {@code null}
     */
    @Transactional
    public void notify(String username, String subject, @Nullable String body, @Nullable String link) {
        Message message = Message.of(subject, body, link);
        UserSummary recipient = username == null ? null : accounts.findByUsername(username).orElse(null);
        if (recipient == null || !recipient.enabled()) {
            log.info("Notification \"{}\" not recorded: {} has no enabled account", message.subject(), username);
            return;
        }
        Map<Long, EmployeeSummary> people = recipient.employeeId() == null
                ? Map.of()
                : employees.findAllById(List.of(recipient.employeeId()));
        deliver(recipient, people, message);
    }

    /** Notifies every enabled user holding {@code role}, except the excluded user names (usually the actor). */
    @Transactional
    public void notifyRole(String role, String subject, @Nullable String body, @Nullable String link,
            Collection<String> excludedUsernames) {
        Message message = Message.of(subject, body, link);
        Set<String> excluded = excludedUsernames == null ? Set.of() : new HashSet<>(excludedUsernames);
        List<UserSummary> recipients = accounts.withRole(role).stream()
                .filter(user -> !excluded.contains(user.username()))
                .toList();
        Map<Long, EmployeeSummary> people = employees.findAllById(
                recipients.stream().map(UserSummary::employeeId).filter(Objects::nonNull).toList());
        recipients.forEach(recipient -> deliver(recipient, people, message));
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(me());
    }

    /** The signed-in person's latest notifications, newest first, read or not. */
    @Transactional(readOnly = true)
    public List<NotificationItem> recent(int limit) {
        int size = Math.clamp(limit, 1, MAX_RECENT);
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(me(), PageRequest.of(0, size)).stream()
                .map(Notification::toItem).toList();
    }

    /** Marks one of the signed-in person's notifications read; someone else's id changes nothing. */
    @Transactional
    public void markRead(long id) {
        notifications.findByIdAndRecipient(id, me()).ifPresent(notification -> notification.markRead(clock.instant()));
    }

    @Transactional
    public void markAllRead() {
        Instant now = clock.instant();
        notifications.findByRecipientAndReadAtIsNull(me()).forEach(notification -> notification.markRead(now));
    }

    private void deliver(UserSummary recipient, Map<Long, EmployeeSummary> people, Message message) {
        notifications.save(new Notification(recipient.username(), message.subject(), message.body(), message.link()));
        EmployeeSummary person = recipient.employeeId() == null ? null : people.get(recipient.employeeId());
        if (person == null || person.email() == null || person.email().isBlank()) {
            log.info("Notification \"{}\" for {} shown in the portal only: no email address on record",
                    message.subject(), recipient.username());
            return;
        }
        events.publishEvent(new NotificationMail(recipient.username(), person.email(), recipient.displayName(),
                message.subject(), message.body(), message.link()));
    }

    private static String me() {
        String username = CurrentUser.username();
        if (username == null) {
            throw new DomainException("Sign in to see your notifications.");
        }
        return username;
    }

    /** Checked, trimmed and shortened to what the table holds. */
    private record Message(String subject, String body, @Nullable String link) {

        static Message of(String subject, @Nullable String body, @Nullable String link) {
            if (subject == null || subject.isBlank()) {
                throw new IllegalArgumentException("A notification needs a subject");
            }
            String route = link == null || link.isBlank() ? null : link.strip().replaceFirst("^/+", "");
            if (route != null && route.length() > Notification.LINK_LENGTH) {
                throw new IllegalArgumentException("Notification link too long: " + route);
            }
            return new Message(shorten(subject.strip(), Notification.SUBJECT_LENGTH),
                    shorten(body == null ? "" : body.strip(), Notification.BODY_LENGTH), route);
        }

        private static String shorten(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max - 1) + "…";
        }
    }
}
