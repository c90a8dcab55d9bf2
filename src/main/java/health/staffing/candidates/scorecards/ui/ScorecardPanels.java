package health.staffing.candidates.scorecards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import health.staffing.base.Dates;
import health.staffing.base.ui.component.Badge;
import health.staffing.base.ui.component.Fact;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.StateLicense;
import health.staffing.candidates.review.Recommendation;
import health.staffing.candidates.review.ScoreSummary;
import health.staffing.candidates.scorecards.CriterionRating;
import health.staffing.candidates.scorecards.ReviewCandidate;
import health.staffing.candidates.scorecards.ReviewScorecard;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Read-only pieces the reviewer page and the application's Scorecards tab share. */
final class ScorecardPanels {

    private ScorecardPanels() {
    }

    /** The candidate's credentials as a reviewer reads them (already masked by the service when blind). */
    static Div candidate(ReviewCandidate c) {
        Div panel = panel("Candidate");
        panel.setId("review-candidate");
        if (c.blind()) {
            Paragraph note = new Paragraph("Blind first pass: the name, contact details, current position and "
                    + "dates that reveal age stay hidden until the first screening decision.");
            note.addClassName("panel-description");
            note.setId("blind-note");
            panel.add(note);
        }
        if (c.currentPosition() != null) {
            panel.add(new Fact("Current position", c.currentPosition()));
        }
        panel.add(new Fact("Degrees", c.degrees().isEmpty() ? "None declared"
                : c.degrees().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
        panel.add(new Fact("Board certifications", c.boardCertifications().isEmpty() ? "None declared"
                : c.boardCertifications().stream().map(ScorecardPanels::certification)
                        .collect(Collectors.joining("; "))));
        panel.add(new Fact("State licences", c.licenses().isEmpty() ? "None declared"
                : c.licenses().stream().map(ScorecardPanels::licence).collect(Collectors.joining("; "))));
        panel.add(new Fact("Years after residency", years(c.clinicalYears())));
        panel.add(new Fact("Years in physician leadership", years(c.leadershipYears())));
        panel.add(new Fact("Years in managed care / UM", years(c.managedCareYears())));
        return panel;
    }

    /** One submitted (or the reader's own) scorecard. */
    static Div scorecard(ReviewScorecard s) {
        Div card = new Div();
        card.addClassNames("panel", "scorecard-card");
        H4 who = new H4(s.reviewerName() + (s.submitted() ? "" : " (draft)"));
        Div head = new Div(who);
        head.addClassName("requisition-subtitle");
        if (s.recommendation() != null) {
            head.add(recommendation(s.recommendation()));
        }
        if (s.score() != null) {
            head.add(new Span("Score " + ScoreSummary.text(s.score())));
        }
        card.add(head);
        if (s.submittedAt() != null) {
            Span when = new Span("Submitted " + Dates.moment(s.submittedAt()));
            when.addClassName("panel-description");
            card.add(when);
        }
        for (CriterionRating rating : s.ratings()) {
            card.add(new Fact(rating.criterion(), (rating.rating() == null ? "—" : rating.rating() + " / 5")
                    + (rating.notes() == null ? "" : " · " + rating.notes())));
        }
        return card;
    }

    /** Averages per criterion and the recommendations of the submitted scorecards. */
    static Div summary(ScoreSummary summary) {
        Div panel = panel("Summary");
        panel.setId("score-summary");
        if (summary.submitted() == 0) {
            panel.add(new Paragraph("No scorecard has been submitted yet."));
            return panel;
        }
        panel.add(new Fact("Average", ScoreSummary.text(summary.average()) + " from " + summary.submitted()
                + (summary.submitted() == 1 ? " scorecard" : " scorecards")));
        summary.criteria().forEach(c -> panel.add(new Fact(c.criterion(), ScoreSummary.text(c.average()))));
        Div verdicts = new Div();
        verdicts.addClassName("requisition-subtitle");
        summary.recommendations().forEach(r -> verdicts.add(new Span(r.reviewerName() + ":"),
                recommendation(r.recommendation())));
        panel.add(new Fact("Recommendations", ""), verdicts);
        return panel;
    }

    static Component scorecards(List<ReviewScorecard> scorecards) {
        Div list = new Div();
        list.setId("submitted-scorecards");
        list.addClassName("scorecard-list");
        scorecards.forEach(s -> list.add(scorecard(s)));
        return list;
    }

    static Badge recommendation(Recommendation recommendation) {
        return new Badge(recommendation.label(), switch (recommendation) {
            case STRONG_YES, YES -> "success";
            case NO, STRONG_NO -> "error";
        });
    }

    static Div panel(String title) {
        Div section = new Div(new H3(title));
        section.addClassName("panel");
        return section;
    }

    private static String certification(BoardCertification c) {
        return c.specialty() + " (" + c.board() + ")" + until(c.expiresOn());
    }

    private static String licence(StateLicense l) {
        return l.state() + " " + l.number() + ", " + l.status() + until(l.expiresOn());
    }

    private static String until(@Nullable LocalDate day) {
        return day == null ? "" : ", until " + Dates.day(day);
    }

    private static String years(@Nullable Integer years) {
        return years == null ? "Not given" : years.toString();
    }
}
