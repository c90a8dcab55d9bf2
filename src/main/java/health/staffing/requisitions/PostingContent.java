package health.staffing.requisitions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What HR writes for a posting: the sections in order, the typed requirements, who may see it and
 * when, and the other places a multi-site role is based at. Everything else about the job (title,
 * main place, pay, reporting lines) comes from the requisition and the org chart, never from here.
 *
 * @param otherLocations "City, ST" of the other hospitals or sites of a multi-site role, in the order
 *                       written; a radius search finds the posting near any of them
 */
public record PostingContent(List<PostingSection> sections, PostingRequirements requirements,
        PostingVisibility visibility, @Nullable Integer internalDays, @Nullable LocalDate openDate,
        @Nullable LocalDate closeDate, List<String> otherLocations) {

    /** How another location is written: "City, ST", the city at most 80 characters. */
    public static final String PLACE = "[^,;]{1,80}, [A-Z]{2}";

    /** A posting based at the requisition's place only. */
    public PostingContent(List<PostingSection> sections, PostingRequirements requirements,
            PostingVisibility visibility, @Nullable Integer internalDays, @Nullable LocalDate openDate,
            @Nullable LocalDate closeDate) {
        this(sections, requirements, visibility, internalDays, openDate, closeDate, List.of());
    }

    /** The same posting based at these other places too. */
    public PostingContent withOtherLocations(List<String> places) {
        return new PostingContent(sections, requirements, visibility, internalDays, openDate, closeDate, places);
    }

    public PostingContent {
        otherLocations = otherLocations == null ? List.of() : otherLocations.stream().filter(p -> p != null && !p.isBlank())
                .map(PostingContent::tidy).distinct().toList();
        sections = sections == null ? List.of() : List.copyOf(sections);
        requirements = requirements == null ? PostingRequirements.NONE : requirements;
        visibility = visibility == null ? PostingVisibility.INTERNAL_FIRST : visibility;
        internalDays = visibility == PostingVisibility.INTERNAL_FIRST ? internalDays : null;
    }

    /** "worcester ,  ma" is "worcester, MA": one space after the comma, the state in capitals. */
    private static String tidy(String place) {
        String spaced = place.strip().replaceAll("\\s+", " ");
        int comma = spaced.lastIndexOf(',');
        return comma < 0 ? spaced : spaced.substring(0, comma).strip() + ", "
                + spaced.substring(comma + 1).strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static PostingContent empty() {
        return new PostingContent(List.of(), PostingRequirements.NONE, PostingVisibility.INTERNAL_FIRST, 14, null, null);
    }
}
