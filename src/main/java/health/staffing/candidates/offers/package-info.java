/**
 * Offers, a nested module of candidates: HR makes an offer inside the posted range or asks the CMO
 * office for an exception, the candidate accepts or declines it, and an accepted offer hires the
 * candidate into the seat and fills the requisition (decision 8). Its API is this package
 * ({@link health.staffing.candidates.offers.OfferService}, {@link health.staffing.candidates.offers.MyOffer}
 * and the terms); {@code ui} is internal. It uses the applications of its parent module, adds its tab
 * and the caregiver's offer to the parent's screens through the {@code screens} ports, and listens for
 * {@link health.staffing.candidates.ApplicationEnded} to close what is open; the parent never reaches
 * into it (its allowed dependencies do not list it).
 */
@ApplicationModule(displayName = "Offers", allowedDependencies = {"candidates", "candidates :: screens",
        "requisitions", "people", "orgchart", "security", "notifications", "base"})
@NullMarked
package health.staffing.candidates.offers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
