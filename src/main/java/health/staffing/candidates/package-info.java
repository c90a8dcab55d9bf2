/**
 * Candidates and their applications: a caregiver applies to a posted requisition with documents and
 * credentials and follows it through its stages. Depends on requisitions (the live posting), people,
 * the org chart (the applicant's current position), security, notifications (reviewers hear of
 * their assignments) and base; nothing depends on it —
 * requisitions learns applicant counts through its own {@link health.staffing.requisitions.ApplicantCounts} port.
 */
@ApplicationModule(displayName = "Candidates and applications",
        allowedDependencies = {"requisitions", "people", "orgchart", "security", "notifications", "base"})
package health.staffing.candidates;

import org.springframework.modulith.ApplicationModule;
