/**
 * SCIM 2.0 (RFC 7643, 7644) Users endpoint at {@code /scim/v2/Users}, for the health system's identity service
 * (Entra ID, Okta) to provision and deactivate accounts; a bearer token from the environment guards it.
 */
@NullMarked
package health.staffing.security.scim;

import org.jspecify.annotations.NullMarked;
