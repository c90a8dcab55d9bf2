package health.staffing.candidates.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.base.AuditLog;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.export.ExportColumn;
import health.staffing.base.ui.FilterAddress;
import health.staffing.base.ui.component.Badge;
import health.staffing.base.ui.component.ExportLinks;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.CandidateMessages;
import health.staffing.candidates.ReviewerAssignments;
import health.staffing.candidates.StageService;
import health.staffing.candidates.review.BlindPassService;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.review.ReviewRow;
import health.staffing.candidates.review.ScoreSummary;
import health.staffing.candidates.screening.CriterionOutcome;
import health.staffing.candidates.ui.StageTone;
import health.staffing.requisitions.ConflictOfInterest;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionListItem;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The candidate review grid for HR and hiring managers: filter by requisition, stage and source
 * (kept in the URL), choose columns, select several applications and move or reject them at once.
 * The service applies the row rule and the stage machine; a refused batch changes nothing.
 */
@Route("candidates")
@PageTitle("Candidates")
@Menu(order = 2.5, icon = "vaadin:users", title = "Candidates")
@RolesAllowed({AppRoles.RECRUITER, AppRoles.HIRING_MANAGER})
class CandidateReviewView extends Main implements BeforeEnterObserver {

    private final CandidateReviewService review;
    private final RequisitionService requisitions;
    private final ConflictOfInterest conflicts;
    private final BlindPassService blindPass;
    final Grid<ReviewRow> grid = new Grid<>();
    private final ReviewFilterBar filters;
    private final ApplicationBulkActions bulk;
    // The parts' fields, named as the page shows them (the view tests use these).
    final ComboBox<RequisitionListItem> requisition;
    final MultiSelectComboBox<ApplicationStage> stages;
    final Select<String> source;
    final Select<CriterionOutcome> match;
    final NumberInput<BigDecimal> minScore;
    final Select<ApplicationStage> moveTo;
    final Button move;
    final Button reject;
    final Button assign;
    final Button compare;
    final Button message;
    final Button addExternal = new Button("Add external candidate", VaadinIcon.PLUS.create());
    final Checkbox blindFirstPass = new Checkbox("Blind first pass");
    final Paragraph candidateOn = new Paragraph();
    private final Span count = new Span();
    @Nullable ContextMenu columnMenu;
    private ReviewFilter filter = ReviewFilter.none();
    private final Map<String, MenuItem> chooserItems = new HashMap<>();

    CandidateReviewView(CandidateReviewService review, StageService stageMoves, RequisitionService requisitions,
            ReviewerAssignments assignments, BlindPassService blindPass, UserAccountService accounts,
            ConflictOfInterest conflicts, CandidateMessages messages, AuditLog auditLog, Clock clock) {
        this.review = review;
        this.requisitions = requisitions;
        this.conflicts = conflicts;
        this.blindPass = blindPass;
        addClassNames("page", "candidate-review-view");

        // Only the requisitions whose candidates the viewer reviews: not one they are a candidate on, and for
        // someone who sees every requisition (the CMO office) yet hires, only those they hire for.
        List<RequisitionListItem> listed = requisitions.list(RequisitionFilter.inStatus(RequisitionStatus.POSTED,
                RequisitionStatus.ON_HOLD, RequisitionStatus.FILLED),
                PageRequest.of(0, 500));
        Set<Long> reviewed = review.reviewedAmong(listed.stream().map(RequisitionListItem::id).toList());
        filters = new ReviewFilterBar(listed.stream().filter(r -> reviewed.contains(r.id())).toList(),
                address -> getUI().ifPresent(ui -> ui.navigate(CandidateReviewView.class, address)));
        requisition = filters.requisition;
        stages = filters.stages;
        source = filters.source;
        match = filters.match;
        minScore = filters.minScore;
        // Before the bulk actions listen to the selection: a new selection mode drops the listeners.
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        bulk = new ApplicationBulkActions(grid, stageMoves, assignments, accounts, messages);
        moveTo = bulk.moveTo;
        move = bulk.move;
        reject = bulk.reject;
        assign = bulk.assign;
        compare = bulk.compare;
        message = bulk.message;
        candidateOn.setId("candidate-on-requisition");
        candidateOn.addClassName("form-errors");
        candidateOn.setVisible(false);

        blindFirstPass.setId("blind-first-pass");
        blindFirstPass.setTooltipText("Hide names, contact details, current employer and age-revealing dates of this "
                + "requisition's new applications until the first screening decision");
        blindFirstPass.setVisible(false);
        blindFirstPass.addValueChangeListener(change -> {
            if (change.isFromClient() && requisition.getValue() != null) {
                blindPass.setBlindFirstPass(requisition.getValue().id(), change.getValue());
                grid.getDataProvider().refreshAll();
            }
        });
        // The grid first: the column chooser lists the columns that exist when it is built.
        configureGrid();
        filters.add(columnChooser(), blindFirstPass);
        if (CurrentUser.isHr()) {
            filters.add(addExternal);
        }
        addExternal.setId("add-external-candidate-link");
        addExternal.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ExternalCandidateView.class,
                requisition.getValue() == null ? QueryParameters.empty()
                        : QueryParameters.of("ref", requisition.getValue().reference()))));

        count.setId("application-count");
        count.addClassName("panel-description");
        Div counted = new Div(count, new ExportLinks<>("candidates", this::exportSource, auditLog, clock));
        counted.addClassName("application-count-row");
        add(filters, candidateOn, bulk, counted, grid);
    }

    private void configureGrid() {
        grid.setId("applications");
        grid.addColumn(ReviewRow::reference).setHeader("Ref").setKey("reference").setSortable(true).setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(ReviewRow::title).setHeader("Role").setKey("title").setSortable(true).setWidth("12rem")
                .setFlexGrow(2);
        grid.addComponentColumn(row -> new RouterLink(row.candidateName(), ApplicationDetailView.class,
                ApplicationDetailView.parameters(row.id()))).setHeader("Candidate").setKey("candidate")
                .setWidth("10rem").setFlexGrow(1);
        grid.addComponentColumn(CandidateReviewView::source).setHeader("Source").setKey("source").setSortable(true)
                .setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(row -> new Badge(row.stage().label(), StageTone.of(row.stage()))).setHeader("Stage")
                .setKey("stage").setSortable(true).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> Dates.day(row.submittedAt())).setHeader("Submitted").setKey("submittedAt")
                .setSortable(true).setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(CandidateReviewView::criteriaBadge).setHeader("Criteria").setKey("criteria")
                .setTooltipGenerator(row -> row.criteriaSummary() == null
                        ? "Not evaluated: applied before screening existed; evaluated when the posting is next published."
                        : row.criteriaSummary())
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(row -> row.degrees().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .setHeader("Degrees").setKey("degrees").setWidth("7rem").setFlexGrow(0);
        // Three small numbers side by side read better than three narrow columns.
        grid.addColumn(row -> years(row.clinicalYears()) + " / " + years(row.leadershipYears()) + " / "
                + years(row.managedCareYears())).setHeader("Years clin. / lead. / MC").setKey("years")
                .setTooltipGenerator(row -> "Clinical after residency / physician leadership / managed care")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> row.score() == null ? "—" : ScoreSummary.text(row.score()) + " (" + row.scorecards()
                + ")").setHeader("Score").setKey("scoreAvg").setSortable(true)
                .setTooltipGenerator(row -> "Mean of the submitted scorecards (how many)")
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No applications match these filters.");
        grid.setItems(query -> review.review(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) review.count(filter));
        grid.setHeight("calc(100vh - 20rem)");
    }

    /**
     * The export's columns: those of the grid's columns shown now, in their order; the three years get a
     * number column each, the score its count beside it.
     */
    static List<ExportColumn<ReviewRow>> exportColumns(List<String> shownKeys) {
        Map<String, List<ExportColumn<ReviewRow>>> byKey = Map.of(
                "reference", List.of(ExportColumn.of("Ref", ReviewRow::reference)),
                "title", List.of(ExportColumn.of("Role", ReviewRow::title)),
                "candidate", List.of(ExportColumn.of("Candidate", ReviewRow::candidateName)),
                "source", List.of(ExportColumn.of("Source", row -> row.internal() ? "Internal" : "External"),
                        ExportColumn.of("Referred by", ReviewRow::referredBy)),
                "stage", List.of(ExportColumn.of("Stage", row -> row.stage().label())),
                "submittedAt", List.of(ExportColumn.of("Submitted", ReviewRow::submittedAt)),
                "criteria", List.of(ExportColumn.of("Criteria", row -> row.match() == null ? "Not evaluated"
                        : row.match().label())),
                "degrees", List.of(ExportColumn.of("Degrees", row -> row.degrees().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(", ")))),
                "years", List.of(ExportColumn.of("Clinical years", ReviewRow::clinicalYears),
                        ExportColumn.of("Leadership years", ReviewRow::leadershipYears),
                        ExportColumn.of("Managed care years", ReviewRow::managedCareYears)),
                "scoreAvg", List.of(ExportColumn.of("Score", ReviewRow::score),
                        ExportColumn.of("Scorecards", ReviewRow::scorecards)));
        return shownKeys.stream().flatMap(key -> byKey.getOrDefault(key, List.of()).stream()).toList();
    }

    /** What an export reads: the filter in force, the columns shown, the grid's order, through the row rules. */
    ExportLinks.Source<ReviewRow> exportSource() {
        ReviewFilter shown = filter;
        Sort order = ExportLinks.sortOf(grid);
        List<String> keys = grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey)
                .filter(java.util.Objects::nonNull).toList();
        return ExportLinks.Source.of(filters.address(), exportColumns(keys),
                (number, size) -> review.review(shown, PageRequest.of(number, size, order)));
    }

    private Button columnChooser() {
        Button columns = new Button("Columns", VaadinIcon.GRID_SMALL.create());
        columns.setId("column-chooser");
        columns.addThemeVariants(ButtonVariant.TERTIARY);
        ContextMenu menu = new ContextMenu(columns);
        columnMenu = menu;
        menu.setOpenOnClick(true);
        grid.getColumns().forEach(column -> {
            MenuItem item = menu.addItem(column.getHeaderText(), click -> column.setVisible(click.getSource().isChecked()));
            item.setCheckable(true);
            item.setChecked(true);
            chooserItems.put(column.getKey(), item);
        });
        return columns;
    }

    private void showColumn(String key, boolean visible) {
        grid.getColumnByKey(key).setVisible(visible);
        Optional.ofNullable(chooserItems.get(key)).ifPresent(item -> item.setChecked(visible));
    }

    void assignSelected(String reviewer) {
        bulk.assignSelected(reviewer);
    }

    boolean moveSelected(ApplicationStage target, @Nullable String reason) {
        return bulk.moveSelected(target, reason, null);
    }

    boolean moveSelected(ApplicationStage target, @Nullable String reason, @Nullable String candidateMessage) {
        return bulk.moveSelected(target, reason, candidateMessage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = filters.read(FilterAddress.of(event));
        boolean hr = CurrentUser.isHr();
        blindFirstPass.setVisible(hr && requisition.getValue() != null);
        // One requisition chosen: its reference and title would repeat on every row, and the room
        // is better spent on the candidate's facts (a laptop screen shows the score column then).
        List.of("reference", "title").forEach(key -> showColumn(key, requisition.getValue() == null));
        blindFirstPass.setValue(requisition.getValue() != null && review.reviews(requisition.getValue().id())
                && blindPass.blindFirstPass(requisition.getValue().id()));
        Optional<String> reference = Optional.ofNullable(filter.reference());
        candidateOn.setVisible(reference.isPresent() && requisition.getValue() == null
                && isCandidateOn(reference.get()));
        candidateOn.setText("You are a candidate for job " + reference.orElse("") + ", so its candidates are not"
                + " shown to you (conflict of interest). Your application is under My applications.");
        grid.getDataProvider().refreshAll();
        long total = review.count(filter);
        count.setText(total == 1 ? "1 application" : String.format("%,d applications", total));
    }

    private boolean isCandidateOn(String reference) {
        try {
            return conflicts.ofCurrentUser().contains(requisitions.findByReference(reference).id());
        } catch (DomainException unknown) {
            return false;
        }
    }

    /** Internal or external, and "Referral" under it (who referred, in its tooltip) when one brought the candidate. */
    static Component source(ReviewRow row) {
        Badge origin = new Badge(row.internal() ? "Internal" : "External", row.internal() ? "neutral" : "warning");
        if (row.referredBy() == null) {
            return origin;
        }
        Badge referral = new Badge("Referral", "success");
        referral.getElement().setProperty("title", "Referred by " + row.referredBy());
        Div both = new Div(origin, referral);
        both.addClassName("source-badges");
        return both;
    }

    static Badge criteriaBadge(ReviewRow row) {
        return criteriaBadge(row.match());
    }

    static Badge criteriaBadge(@Nullable CriterionOutcome outcome) {
        if (outcome == null) {
            return new Badge("Not evaluated", "neutral");
        }
        return new Badge(outcome.label(), switch (outcome) {
            case MET -> "success";
            case EXPIRING -> "warning";
            case NOT_MET -> "error";
        });
    }

    private static String years(@Nullable Integer years) {
        return years == null ? "—" : years.toString();
    }
}
