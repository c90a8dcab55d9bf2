package health.staffing.candidates.offers;

/** A pending offer exception in the CMO office's queue: the offer and who the candidate is. */
public record ExceptionRequest(OfferDetail offer, String candidateName, boolean internal) {
}
