/**
 * Who may do what. Owns the user accounts (a users table with BCrypt password hashes and role
 * grants), the {@link health.staffing.security.AppRoles}, the Spring Security configuration with
 * Vaadin's login view, and {@link health.staffing.security.CurrentUser} for services and views that
 * need to know who is asking. Method security is enabled here; every service secures itself.
 */
@NullMarked
package health.staffing.security;

import org.jspecify.annotations.NullMarked;
