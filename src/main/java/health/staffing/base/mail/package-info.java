/**
 * Mail that is never lost: features write a rendered {@link health.staffing.base.mail.OutgoingMail}
 * into the outbox inside the transaction that decided it ({@link health.staffing.base.mail.MailOutbox}),
 * and the {@link health.staffing.base.mail.MailDispatcher} sends what is due, on any number of
 * instances, with retries. Nothing here knows what a notification or a job alert is.
 */
@NullMarked
package health.staffing.base.mail;

import org.jspecify.annotations.NullMarked;
