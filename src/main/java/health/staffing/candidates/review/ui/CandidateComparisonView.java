package health.staffing.candidates.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.Badge;
import health.staffing.candidates.BoardCertification;
import health.staffing.candidates.StateLicense;
import health.staffing.candidates.review.CandidateComparison.ComparedCandidate;
import health.staffing.candidates.review.CandidateComparison;
import health.staffing.candidates.review.CandidateComparisonService;
import health.staffing.candidates.review.ScoreSummary;
import health.staffing.candidates.screening.CriterionOutcome;
import health.staffing.candidates.screening.CriterionResult;
import health.staffing.candidates.ui.StageTone;
import health.staffing.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Two to four candidates of one requisition side by side (/candidates/compare?ids=12,15,19): one row
 * per attribute (credentials, each screening criterion, each scorecard criterion, recommendations),
 * one column per candidate, the attribute names frozen on the left. The service decides what may be
 * shown (row rule, blind first pass, independent scoring); a refusal is shown on the page.
 */
@Route("candidates/compare")
@PageTitle("Compare candidates")
@RolesAllowed({AppRoles.RECRUITER, AppRoles.HIRING_MANAGER})
class CandidateComparisonView extends Main implements BeforeEnterObserver {

    static final String IDS = "ids";
    static final String HIDDEN_SCORES = "Hidden until you submit your own scorecard";

    /** One attribute row: its label, and one cell per candidate (a section heading has none). */
    record Line(String label, boolean section, List<Cell> cells) {

        String text(int candidate) {
            return cells.get(candidate).text();
        }

        @Nullable String tone(int candidate) {
            return cells.get(candidate).tone();
        }
    }

    /** A cell's text, shown as a badge of that tone when there is one, with an optional tooltip. */
    record Cell(String text, @Nullable String tone, @Nullable String tooltip) {

        static Cell of(String text) {
            return new Cell(text, null, null);
        }

        static Cell badge(String text, String tone) {
            return new Cell(text, tone, null);
        }
    }

    private final CandidateComparisonService comparisons;
    final Grid<Line> grid = new Grid<>();
    final Paragraph error = new Paragraph();
    private final Div heading = new Div();
    @Nullable CandidateComparison comparison;
    List<Line> lines = List.of();

    CandidateComparisonView(CandidateComparisonService comparisons) {
        this.comparisons = comparisons;
        setId("comparison");
        addClassNames("page", "candidate-comparison-view");
        error.setId("comparison-error");
        error.addClassNames("panel", "comparison-error");
        error.setVisible(false);
        heading.addClassName("application-header");
        grid.setId("comparison-grid");
        grid.addClassName("comparison-grid");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setHeight("calc(100vh - 16rem)");
        grid.setMinHeight("24rem");
        grid.setVisible(false);
        add(heading, error, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> values = event.getLocation().getQueryParameters().getParameters().getOrDefault(IDS, List.of());
        try {
            show(comparisons.compare(ids(values)));
        } catch (DomainException refused) {
            refuse(refused.getMessage());
        }
    }

    /** "12,15,19" (or ids=12&ids=15): application numbers; anything else is refused with a message. */
    static List<Long> ids(Collection<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    ids.add(Long.parseLong(part.trim()));
                } catch (NumberFormatException notANumber) {
                    throw new DomainException("\"" + part.trim() + "\" is not an application number. Select two to"
                            + " four candidates on the Candidates page and choose Compare.");
                }
            }
        }
        return ids;
    }

    /** The query parameters that open the comparison of these applications. */
    static QueryParameters parameters(Collection<Long> applicationIds) {
        return QueryParameters.of(IDS, applicationIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    private void refuse(String message) {
        comparison = null;
        lines = List.of();
        heading.removeAll();
        heading.add(back(null), new H2("Compare candidates"));
        error.setText(message);
        error.setVisible(true);
        grid.setVisible(false);
    }

    private void show(CandidateComparison result) {
        comparison = result;
        lines = lines(result);
        heading.removeAll();
        Span role = new Span(result.reference() + " · " + result.title() + " · " + result.candidates().size()
                + " candidates");
        role.setId("comparison-role");
        Span note = new Span("Screening as of today · means of submitted scorecards (1–5) · green: best mean, "
                + "every criterion met");
        note.addClassName("comparison-note");
        Div subtitle = new Div(role, note);
        subtitle.addClassName("requisition-subtitle");
        heading.add(back(result.reference()), new H2("Compare candidates"), subtitle);
        error.setVisible(false);

        grid.removeAllColumns();
        grid.addComponentColumn(CandidateComparisonView::label).setHeader("").setKey("attribute").setFrozen(true)
                .setWidth("14rem").setFlexGrow(0);
        for (int i = 0; i < result.candidates().size(); i++) {
            ComparedCandidate candidate = result.candidates().get(i);
            int column = i;
            grid.addComponentColumn(line -> cell(line, column)).setHeader(header(candidate))
                    .setKey("candidate-" + candidate.applicationId()).setWidth("12rem").setFlexGrow(1)
                    .setTextAlign(ColumnTextAlign.START);
        }
        grid.setItems(lines);
        grid.setVisible(true);
    }

    private static RouterLink back(@Nullable String reference) {
        RouterLink back = new RouterLink("← Candidates", CandidateReviewView.class);
        if (reference != null) {
            back.setQueryParameters(QueryParameters.of("ref", reference));
        }
        back.setId("comparison-back");
        return back;
    }

    private static Component header(ComparedCandidate candidate) {
        RouterLink name = new RouterLink(candidate.name(), ApplicationDetailView.class,
                ApplicationDetailView.parameters(candidate.applicationId()));
        name.setId("compare-candidate-" + candidate.applicationId());
        name.addClassName("comparison-name");
        Div header = new Div(name);
        header.addClassName("comparison-header");
        if (candidate.blind()) {
            Badge blind = new Badge("Blind first pass", "neutral");
            blind.setTitle("Name and age-revealing details stay hidden until the first screening decision");
            header.add(blind);
        }
        return header;
    }

    private static Component label(Line line) {
        Span label = new Span(line.label());
        label.addClassName(line.section() ? "comparison-section" : "comparison-label");
        return label;
    }

    private static Component cell(Line line, int column) {
        if (line.section()) {
            return new Span();
        }
        Cell cell = line.cells().get(column);
        Span shown = cell.tone() == null ? new Span(cell.text()) : new Badge(cell.text(), cell.tone());
        if (cell.tooltip() != null) {
            shown.setTitle(cell.tooltip());
        }
        return shown;
    }

    // ------------------------------------------------------------------ the rows

    /** Every row of the comparison, top to bottom. */
    static List<Line> lines(CandidateComparison c) {
        List<ComparedCandidate> cs = c.candidates();
        List<Line> lines = new ArrayList<>();
        lines.add(section("Candidate"));
        lines.add(line("Stage", cs, x -> Cell.badge(x.stage().label(), StageTone.of(x.stage()))));
        lines.add(line("Source", cs, x -> Cell.badge(x.internal() ? "Internal" : "External",
                x.internal() ? "neutral" : "warning")));
        lines.add(line("Current position", cs, x -> Cell.of(!x.internal() ? "—"
                : x.currentPosition() == null ? "No seat in the org chart" : x.currentPosition())));

        lines.add(section("Credentials"));
        lines.add(line("Degrees", cs, x -> Cell.of(x.degrees().isEmpty() ? "None declared"
                : x.degrees().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))));
        lines.add(line("Board certifications", cs, x -> Cell.of(x.boardCertifications().isEmpty() ? "None declared"
                : x.boardCertifications().stream().map(CandidateComparisonView::certification)
                        .collect(Collectors.joining("; ")))));
        lines.add(line("State licences", cs, x -> Cell.of(x.licenses().isEmpty() ? "None declared"
                : x.licenses().stream().map(CandidateComparisonView::licence).collect(Collectors.joining("; ")))));
        lines.add(line("Years after residency", cs, x -> Cell.of(years(x.clinicalYears()))));
        lines.add(line("Years in physician leadership", cs, x -> Cell.of(years(x.leadershipYears()))));
        lines.add(line("Years in managed care / UM", cs, x -> Cell.of(years(x.managedCareYears()))));

        lines.add(section("Screening criteria"));
        if (!c.screened()) {
            lines.add(line("Screening", cs, x -> Cell.of("No published posting to screen against")));
        } else {
            for (String criterion : c.screeningCriteria()) {
                lines.add(line(criterion, cs, x -> x.criterion(criterion).map(CandidateComparisonView::outcome)
                        .orElse(Cell.of("—"))));
            }
            lines.add(line("Credential match", cs, x -> match(x.match())));
        }

        lines.add(section("Scorecards"));
        lines.add(line("Scorecards submitted", cs, x -> x.scores() == null ? Cell.badge(HIDDEN_SCORES, "warning")
                : Cell.of(String.valueOf(x.scores().submitted()))));
        lines.add(line("Mean score", cs, x -> x.scores() == null ? Cell.of("Hidden")
                : x.scores().average() == null ? Cell.of("No scores yet")
                : x.bestScore() ? new Cell(ScoreSummary.text(x.scores().average()) + " · best", "success",
                        "The highest mean score of the candidates compared")
                : Cell.of(ScoreSummary.text(x.scores().average()))));
        for (String criterion : c.scoreCriteria()) {
            lines.add(line(criterion, cs, x -> Cell.of(x.scoresHidden() ? "Hidden"
                    : x.criterionMean(criterion).map(ScoreSummary::text).orElse("—"))));
        }
        lines.add(line("Recommendations", cs, x -> Cell.of(x.scoresHidden() ? "Hidden"
                : x.recommendationTally().isEmpty() ? "None yet" : x.recommendationTally())));
        return lines;
    }

    private static Line section(String label) {
        return new Line(label, true, List.of());
    }

    private static Line line(String label, List<ComparedCandidate> candidates, Function<ComparedCandidate, Cell> cell) {
        return new Line(label, false, candidates.stream().map(cell).toList());
    }

    private static Cell outcome(CriterionResult result) {
        return new Cell(result.verdict(), result.tone(), result.detail());
    }

    private static Cell match(@Nullable CriterionOutcome overall) {
        if (overall == null) {
            return Cell.badge("Not evaluated", "neutral");
        }
        return switch (overall) {
            case MET -> Cell.badge("All criteria met", "success");
            case EXPIRING -> Cell.badge("Met, a credential expires soon", "warning");
            case NOT_MET -> Cell.badge("Not met", "error");
        };
    }

    private static String certification(BoardCertification c) {
        return c.specialty() + " (" + c.board() + ")" + until(c.expiresOn());
    }

    /** State and status; the number is for the detail screen, the expiry left out when blind (null). */
    private static String licence(StateLicense l) {
        return l.state() + " " + (l.status() == null ? "" : l.status()) + until(l.expiresOn());
    }

    private static String until(@Nullable LocalDate day) {
        return day == null ? "" : ", until " + Dates.day(day);
    }

    private static String years(@Nullable Integer years) {
        return years == null ? "Not given" : years.toString();
    }
}
