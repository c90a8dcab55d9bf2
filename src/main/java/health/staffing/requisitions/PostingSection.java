package health.staffing.requisitions;

import java.util.Objects;

/**
 * One named section of a posting. The body is plain text or Markdown: paragraphs separated by a
 * blank line and bullet items starting with "- ". A section without body text is a heading for the
 * sections of the same kind that follow it (seed 000's "Major Responsibilities" above its groups).
 */
public record PostingSection(PostingSectionKind kind, String heading, String body) {

    public PostingSection {
        Objects.requireNonNull(kind, "kind");
        heading = heading == null ? "" : heading;
        body = body == null ? "" : body;
    }

    public boolean isGroupHeading() {
        return body.isBlank();
    }
}
