/**
 * Notifications: telling a person that something needs them or has happened to their work. Owns
 * the in-app notifications (the bell in the navigation bar: unread count, recent items, read
 * markers, each visible to its recipient only) and the email copy of each, which is sent only
 * after the transaction that raised it has committed, so a rolled-back decision never reaches
 * anyone's inbox, and whose failure never undoes the decision. Other features call
 * {@link health.staffing.notifications.NotificationService#notify} or
 * {@link health.staffing.notifications.NotificationService#notifyRole} inside their own
 * transaction; this module knows nothing about requisitions or approvals.
 */
@ApplicationModule(displayName = "Notifications")
@NullMarked
package health.staffing.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
