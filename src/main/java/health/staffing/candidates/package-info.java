/**
 * Candidates and their applications: a caregiver applies to a posted requisition with documents and
 * credentials and follows it through its stages; HR adds external people (one candidate per email
 * address) and further documents, makes offers inside the posted range (or with the CMO office's
 * exception) and an accepted offer fills the seat (decision 8). The requisition screen's candidates
 * tab is contributed by review through {@link health.staffing.requisitions.RequisitionTab}. Depends on
 * requisitions (the live posting, its range, marking it filled), people, the org chart (the applicant's
 * current position, the seat an accepted offer fills), notifications (offer exceptions for the CMO
 * office, reviewers hearing of their assignments), security and base; nothing depends on it —
 * requisitions learns applicant counts through its own {@link health.staffing.requisitions.ApplicantCounts} port
 * and who is a candidate where through {@link health.staffing.requisitions.Candidacies}; the audit trail
 * asks {@link health.staffing.base.HiringRecordVisibility} which candidate events a reader may see. Who may
 * read and act on which application is decided in one place, {@code HiringAccess} (decision 10).
 * This package is applying and the application's life: the candidate, the application with its
 * documents and credentials, its stages ({@link health.staffing.candidates.StageService}) and who may
 * touch it. Its other parts are nested modules that use this package and add to its screens through the
 * {@code screens} interface ({@code ui.ApplicationTab}, {@code ui.MyApplicationSection}) while this
 * package never depends on them: it declares a port ({@link health.staffing.candidates.ApplicationScreening},
 * {@link health.staffing.candidates.ReviewerAssignments}) or publishes an event
 * ({@link health.staffing.candidates.ApplicationEnded}) instead. They are
 * {@link health.staffing.candidates.screening screening} (criteria and outcomes),
 * {@link health.staffing.candidates.review review} (the grid, the detail, the blind pass, the comparison),
 * {@link health.staffing.candidates.scorecards scorecards} and {@link health.staffing.candidates.offers offers}.
 */
@ApplicationModule(displayName = "Candidates and applications",
        allowedDependencies = {"requisitions", "people", "orgchart", "security", "notifications", "base"})
@NullMarked
package health.staffing.candidates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
