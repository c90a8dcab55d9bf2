/**
 * Demo data for the {@code demo} profile, which the README's run command turns on: the
 * organisations, positions, reporting lines and people of the five seed postings, and one sign-in
 * per role with a published password. Loaded through the features' services (so rules and audit
 * apply) and under no other profile, so a mistyped profile never starts with demo passwords.
 */
@NullMarked
package health.staffing.demo;

import org.jspecify.annotations.NullMarked;
