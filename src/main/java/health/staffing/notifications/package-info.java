/**
 * Notifications: telling a person that something needs them or has happened to their work. Owns
 * the in-app notifications (the bell in the navigation bar: unread count, recent items, read
 * markers, each visible to its recipient only) and the email copy of each, queued in the mail
 * outbox by the transaction that raised it and sent after it commits, so a rolled-back decision
 * never reaches anyone's inbox, a crash after the commit loses no mail, and a mail server's
 * failure never undoes the decision. Other features call
 * {@link health.staffing.notifications.NotificationService#notify} or
 * {@link health.staffing.notifications.NotificationService#notifyRole} inside their own
 * transaction; this module knows nothing about requisitions or approvals.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package health.staffing.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
