package health.staffing.requisitions;

/**
 * The posting as the editor loads it: the content HR writes, the facts it shows from the
 * requisition and the org chart, and where it stands (last published version, unpublished changes).
 * {@code version} is what a save or publish must quote back (optimistic locking).
 */
public record PostingDraft(long requisitionId, long version, PostingContent content, PostingFacts facts,
        RequisitionStatus requisitionStatus, int publishedVersion, boolean unpublishedChanges) {

    /** The document as caregivers would see it if published now. */
    public String preview() {
        return PostingRenderer.render(facts, content);
    }
}
