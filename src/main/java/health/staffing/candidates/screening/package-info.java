/**
 * Screening, a nested module of candidates: each application is checked against its posting's
 * criteria (licence in the state, board certification, years of leadership), with today's outcome
 * per criterion (met, expiring, not met) and why. The facts the candidate grid filters by are stored
 * on the application through the parent's {@link health.staffing.candidates.ApplicationScreening}
 * port, when the caregiver applies and again when a new posting version is published. Its API is
 * this package; the parent never reaches into it (its allowed dependencies do not list it).
 */
@ApplicationModule(displayName = "Screening", allowedDependencies = {"candidates", "requisitions", "base"})
@NullMarked
package health.staffing.candidates.screening;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
