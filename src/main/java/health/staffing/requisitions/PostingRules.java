package health.staffing.requisitions;

import health.staffing.base.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What a posting must satisfy to be saved, and more to be published. The editor checks the same first. */
final class PostingRules {

    static final int MAX_HEADING = 300;
    static final int MAX_BODY = 100_000;
    static final int MAX_INTERNAL_DAYS = 365;

    static final int MAX_OTHER_LOCATIONS = 10;
    /** "City, ST": a city of at most 80 characters, a comma, a two-letter state. */
    static final String PLACE = PostingContent.PLACE;

    private PostingRules() {
    }

    /** Sanitises every text: bodies as Markdown, headings and competencies as one line. */
    static PostingContent sanitised(PostingContent content) {
        List<PostingSection> sections = content.sections().stream()
                .map(s -> new PostingSection(s.kind(), PostingSanitiser.line(s.heading()), PostingSanitiser.markdown(s.body())))
                .toList();
        PostingRequirements r = content.requirements();
        PostingRequirements requirements = new PostingRequirements(r.educationMinimum(), r.acceptedDegrees(),
                r.clinicalYearsPostResidency(), r.leadershipYears(), r.managedCareYears(),
                r.licenceStates().stream().map(PostingSanitiser::line).collect(Collectors.toSet()),
                r.boardCertificationRequired(), r.competencies().stream().map(PostingSanitiser::line).toList(),
                r.preferredDegrees(), r.combinedYears(), r.residencyRequired());
        return new PostingContent(sections, requirements, content.visibility(), content.internalDays(),
                content.openDate(), content.closeDate(),
                content.otherLocations().stream().map(PostingSanitiser::line).toList());
    }

    static List<String> problems(PostingContent content) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < content.sections().size(); i++) {
            PostingSection section = content.sections().get(i);
            if (section.heading().isBlank()) {
                problems.add("Section " + (i + 1) + " needs a heading.");
            } else if (section.heading().length() > MAX_HEADING) {
                problems.add("The heading of section " + (i + 1) + " is longer than " + MAX_HEADING + " characters.");
            }
            if (section.body().length() > MAX_BODY) {
                problems.add("Section \"" + section.heading() + "\" is longer than " + MAX_BODY + " characters.");
            }
        }
        if (content.visibility() == PostingVisibility.INTERNAL_FIRST && (content.internalDays() == null
                || content.internalDays() < 1 || content.internalDays() > MAX_INTERNAL_DAYS)) {
            problems.add("Internal first needs the number of internal days (1 to " + MAX_INTERNAL_DAYS + ").");
        }
        if (content.openDate() != null && content.closeDate() != null && !content.closeDate().isAfter(content.openDate())) {
            problems.add("The close date must be after the open date.");
        }
        PostingRequirements r = content.requirements();
        for (Integer years : new Integer[] {r.clinicalYearsPostResidency(), r.leadershipYears(), r.managedCareYears(),
                r.combinedYears()}) {
            if (years != null && (years < 0 || years > 60)) {
                problems.add("Experience years must be between 0 and 60.");
                break;
            }
        }
        if (r.preferredDegrees().stream().anyMatch(r.acceptedDegrees()::contains)) {
            problems.add("A degree is either required or preferred, not both: "
                    + r.preferredDegrees().stream().filter(r.acceptedDegrees()::contains).sorted().map(Degree::label)
                            .collect(Collectors.joining(", ")) + ".");
        }
        if (content.otherLocations().size() > MAX_OTHER_LOCATIONS) {
            problems.add("A posting lists at most " + MAX_OTHER_LOCATIONS + " other locations.");
        }
        content.otherLocations().stream().filter(place -> !place.matches(PLACE)).findFirst().ifPresent(place ->
                problems.add("Write each other location as a city and its state, e.g. “Worcester, MA” (not “"
                        + (place.length() > 60 ? place.substring(0, 59) + "…" : place) + "”)."));
        if (r.licenceStates().stream().anyMatch(state -> !state.matches("[A-Z]{2}"))) {
            problems.add("Licence states are two-letter codes such as NY or MA.");
        }
        if (r.competencies().stream().anyMatch(c -> c.length() > 200)) {
            problems.add("A competency is longer than 200 characters.");
        }
        return problems;
    }

    static List<String> publishingProblems(PostingContent content) {
        List<String> problems = problems(content);
        // No close date: the posting is open until filled (the editor asks for that choice explicitly).
        if (content.openDate() == null) {
            problems.add("A published posting needs an open date.");
        }
        if (content.sections().stream().allMatch(PostingSection::isGroupHeading)) {
            problems.add("A published posting needs at least one section with text.");
        }
        return problems;
    }

    static void require(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
    }
}
