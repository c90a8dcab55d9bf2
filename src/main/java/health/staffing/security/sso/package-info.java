/**
 * Single sign-on: OpenID Connect (Entra ID, Okta, Keycloak) and Active Directory / LDAP, both switched on
 * from the environment; each hands the person the directory vouched for to
 * {@link health.staffing.security.DirectorySignIn}.
 */
@NullMarked
package health.staffing.security.sso;

import org.jspecify.annotations.NullMarked;
