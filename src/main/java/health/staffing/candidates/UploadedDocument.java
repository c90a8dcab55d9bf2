package health.staffing.candidates;

/** A file as the browser sent it: name, claimed content type and the bytes. */
public record UploadedDocument(String filename, String contentType, byte[] content) {

    public long size() {
        return content == null ? 0 : content.length;
    }
}
