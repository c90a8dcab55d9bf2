/**
 * Shared foundations every feature builds on: the {@link health.staffing.base.AbstractEntity} with
 * optimistic locking and auditing fields, the injected {@link java.time.Clock}, the
 * {@link health.staffing.base.AuditLog} that records every state change, the
 * {@link health.staffing.base.DomainException} whose message is safe to show a user, and the UI
 * shell (main layout, error handler, small shared components).
 * <p>
 * It is an open module: features may use its sub-packages (the UI shell) directly.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package health.staffing.base;

import org.springframework.modulith.ApplicationModule;
