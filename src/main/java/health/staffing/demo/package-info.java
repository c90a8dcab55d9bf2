/**
 * Demo data for the embedded default profile: the organisations, positions, reporting lines and
 * people of the five seed postings, and one sign-in per role. Loaded through the features'
 * services (so rules and audit apply) and never in the {@code prod} profile.
 */
package health.staffing.demo;
