package health.staffing.notifications;

import org.jspecify.annotations.Nullable;

/**
 * The email copy of a notification, published inside the raising transaction and queued by
 * {@link NotificationMailer} in that transaction's mail outbox. Everything the mail needs is resolved
 * beforehand, so sending reads nothing and needs no security context.
 */
record NotificationMail(String username, String address, String displayName, String subject, String body,
        @Nullable String link) {
}
