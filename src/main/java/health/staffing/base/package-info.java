/**
 * Shared foundations every feature builds on: the {@link health.staffing.base.AbstractEntity} with
 * optimistic locking and auditing fields, the injected {@link java.time.Clock}, the
 * {@link health.staffing.base.AuditLog} that records every state change, the
 * {@link health.staffing.base.DomainException} whose message is safe to show a user, and the small UI
 * kit every screen shares ({@code base.ui.component}). It depends on no feature: the frame around the
 * pages (menu, bell, error views) lives in {@code shell}, above the features.
 * <p>
 * It is an open module: features may use its sub-packages (the UI kit) directly.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package health.staffing.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
