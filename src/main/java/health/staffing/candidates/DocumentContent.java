package health.staffing.candidates;

/** A stored document's file as a download sends it. */
public record DocumentContent(String filename, String contentType, byte[] content) {
}
