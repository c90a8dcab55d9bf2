/**
 * Referrals, a nested module of candidates: "Refer a colleague" on a posting (an employee or someone
 * outside), linked to the application the person makes afterwards through the parent's
 * {@link health.staffing.candidates.ApplicationReceived} event, with the referrer told of its progress
 * (from {@link health.staffing.candidates.ApplicationStageChanged}) and never of the reasons. {@code ui}
 * is internal: the referral page and the application's "Referral" tab.
 */
@ApplicationModule(displayName = "Referrals", allowedDependencies = {"candidates", "candidates :: screens",
        "requisitions", "people", "security", "notifications", "base"})
@NullMarked
package health.staffing.candidates.referrals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
