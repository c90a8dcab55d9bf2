package health.staffing.requisitions;

/**
 * A new version of a requisition's posting went live (published inside the publishing
 * transaction). Features that derive facts from the posting's requirements (screening) listen to it.
 */
public record PostingPublished(long requisitionId, int number, PostingRequirements requirements) {
}
