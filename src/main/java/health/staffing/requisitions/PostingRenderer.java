package health.staffing.requisitions;

import health.staffing.base.Dates;
import health.staffing.base.Fte;
import health.staffing.base.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns a posting into the one Markdown document caregivers see. The live preview and publishing
 * both call this, so what is published is exactly what was previewed. Everything that goes in is
 * sanitised here again (bodies as Markdown, facts as literal text).
 */
public final class PostingRenderer {

    private PostingRenderer() {
    }

    public static String render(PostingFacts facts, PostingContent content) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(PostingSanitiser.literal(facts.title())).append("\n\n");
        List<String> lines = new ArrayList<>();
        add(lines, "Job reference", facts.reference());
        add(lines, "Organisation", facts.organisationName());
        add(lines, "Department", facts.department());
        add(lines, "Category", facts.category());
        add(lines, "Location", address(facts));
        if (!content.otherLocations().isEmpty()) {
            add(lines, "Also based at", String.join("; ", content.otherLocations()));
        }
        add(lines, "Work arrangement", facts.workArrangement());
        add(lines, "Employment", employment(facts));
        add(lines, "Pay range", payRange(facts));
        add(lines, "Reports to", facts.reportsTo());
        if (!facts.dottedLinesTo().isEmpty()) {
            add(lines, "Dotted line to", String.join("; ", facts.dottedLinesTo()));
        }
        add(lines, "Dyad partner", facts.dyadPartner());
        add(lines, "Who may apply", visibility(content));
        add(lines, "Open", dates(content));
        md.append(lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"))).append("\n\n");

        boolean inGroup = false;
        PostingSectionKind groupKind = null;
        for (PostingSection section : content.sections()) {
            String heading = PostingSanitiser.literal(section.heading());
            String body = PostingSanitiser.markdown(section.body());
            if (inGroup && section.kind() != groupKind) {
                inGroup = false;
            }
            if (body.isEmpty()) {
                inGroup = true;
                groupKind = section.kind();
                if (!heading.isEmpty()) {
                    md.append("## ").append(heading).append("\n\n");
                }
                continue;
            }
            if (!heading.isEmpty()) {
                md.append(inGroup ? "### " : "## ").append(heading).append("\n\n");
            }
            md.append(body).append("\n\n");
        }
        String glance = atAGlance(content.requirements());
        if (!glance.isEmpty()) {
            md.append("## Requirements at a glance\n\n").append(glance).append("\n\n");
        }
        return md.toString().strip();
    }

    static String atAGlance(PostingRequirements requirements) {
        List<String> lines = new ArrayList<>();
        if (requirements.educationMinimum() != null) {
            lines.add("Education (minimum): " + requirements.educationMinimum().label());
        }
        if (!requirements.acceptedDegrees().isEmpty()) {
            lines.add("Degrees accepted: " + requirements.acceptedDegrees().stream()
                    .sorted(Comparator.naturalOrder()).map(Degree::label).collect(Collectors.joining(", ")));
        }
        if (requirements.residencyRequired()) {
            lines.add("Residency: completed, ACGME-accredited (or AOA-accredited)");
        }
        years(lines, "Clinical experience after residency", requirements.clinicalYearsPostResidency());
        years(lines, "Leadership experience", requirements.leadershipYears());
        years(lines, "Managed care experience", requirements.managedCareYears());
        years(lines, "Clinical, educational and administrative experience (combined)", requirements.combinedYears());
        if (!requirements.preferredDegrees().isEmpty()) {
            lines.add("Preferred (not required): " + requirements.preferredDegrees().stream()
                    .sorted(Comparator.naturalOrder()).map(Degree::label).collect(Collectors.joining(", ")));
        }
        if (!requirements.licenceStates().isEmpty()) {
            lines.add("Medical licence in: " + requirements.licenceStates().stream().sorted()
                    .map(PostingSanitiser::literal).collect(Collectors.joining(", ")));
        }
        if (requirements.boardCertificationRequired()) {
            lines.add("Board certification required");
        }
        if (!requirements.competencies().isEmpty()) {
            lines.add("Competencies: " + requirements.competencies().stream().map(PostingSanitiser::literal)
                    .collect(Collectors.joining(", ")));
        }
        return lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"));
    }

    private static void years(List<String> lines, String what, @Nullable Integer years) {
        if (years != null && years > 0) {
            lines.add(what + ": " + years + (years == 1 ? " year" : " years") + " or more");
        }
    }

    private static void add(List<String> lines, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            lines.add("**" + label + ":** " + (label.equals("Pay range") || label.equals("Open") || label.equals("Who may apply")
                    ? value : PostingSanitiser.literal(value)));
        }
    }

    static String address(PostingFacts facts) {
        String place = facts.location();
        if (facts.address() == null || facts.address().isBlank()) {
            return place;
        }
        return place == null ? facts.address() : facts.address() + ", " + place;
    }

    static String employment(PostingFacts facts) {
        List<String> parts = new ArrayList<>();
        if (facts.employment() != null && !facts.employment().isBlank()) {
            parts.add(facts.employment());
        }
        if (facts.fte() != null) {
            parts.add(Fte.text(facts.fte(), facts.adminFte()));
        }
        return String.join(" · ", parts);
    }

    /** "$280,000 – $340,000 per year, adjusted for FTE"; null when there is no closed range. */
    public static @Nullable String payRange(PostingFacts facts) {
        if (facts.salaryMin() == null || facts.salaryMax() == null) {
            return null;
        }
        return Money.range(facts.salaryMin(), facts.salaryMax())
                + " per year" + (facts.adjustedForFte() ? ", adjusted for FTE" : "");
    }

    public static String visibility(PostingContent content) {
        if (content.visibility() == PostingVisibility.INTERNAL_ONLY) {
            return "Internal caregivers only";
        }
        if (content.visibility() == PostingVisibility.OPEN_TO_ALL) {
            return "Internal caregivers and external candidates from day one";
        }
        int days = content.internalDays() == null ? 0 : content.internalDays();
        if (days <= 0) {
            return "Internal caregivers and external candidates";
        }
        String text = "Internal caregivers for the first " + days + (days == 1 ? " day" : " days")
                + ", then external candidates";
        if (content.openDate() != null) {
            text += " (from " + Dates.day(content.openDate().plusDays(days)) + ")";
        }
        return text;
    }

    public static @Nullable String dates(PostingContent content) {
        LocalDate open = content.openDate();
        LocalDate close = content.closeDate();
        if (open == null && close == null) {
            return null;
        }
        if (close == null) {
            return "from " + Dates.day(open) + " until filled";
        }
        return (open == null ? "" : Dates.day(open) + " ") + "to " + Dates.day(close);
    }
}
