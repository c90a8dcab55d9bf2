/**
 * A real OpenID provider for the tests (Spring Authorization Server), outside the portal's packages so the
 * portal's component scan never finds it.
 */
package testidp;
