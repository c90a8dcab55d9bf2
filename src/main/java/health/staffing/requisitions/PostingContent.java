package health.staffing.requisitions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What HR writes for a posting: the sections in order, the typed requirements, who may see it and
 * when. Everything about the job itself (title, place, pay, reporting lines) comes from the
 * requisition and the org chart, never from here.
 */
public record PostingContent(List<PostingSection> sections, PostingRequirements requirements,
        PostingVisibility visibility, @Nullable Integer internalDays, @Nullable LocalDate openDate,
        @Nullable LocalDate closeDate) {

    public PostingContent {
        sections = sections == null ? List.of() : List.copyOf(sections);
        requirements = requirements == null ? PostingRequirements.NONE : requirements;
        visibility = visibility == null ? PostingVisibility.INTERNAL_FIRST : visibility;
        internalDays = visibility == PostingVisibility.INTERNAL_FIRST ? internalDays : null;
    }

    public static PostingContent empty() {
        return new PostingContent(List.of(), PostingRequirements.NONE, PostingVisibility.INTERNAL_FIRST, 14, null, null);
    }
}
