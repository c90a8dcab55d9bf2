package health.staffing.candidates.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.base.Dates;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.Badge;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.BlindPassService;
import health.staffing.candidates.CandidateComparisonService;
import health.staffing.candidates.CandidateReviewService;
import health.staffing.candidates.CriterionOutcome;
import health.staffing.candidates.ReviewFilter;
import health.staffing.candidates.ReviewRow;
import health.staffing.candidates.ReviewerAssignmentService;
import health.staffing.candidates.StageMove;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

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
    final ComboBox<RequisitionListItem> requisition = new ComboBox<>("Requisition");
    final MultiSelectComboBox<ApplicationStage> stages = new MultiSelectComboBox<>("Stage");
    final Select<String> source = new Select<>();
    final Select<CriterionOutcome> match = new Select<>();
    final Grid<ReviewRow> grid = new Grid<>();
    final Select<ApplicationStage> moveTo = new Select<>();
    final Button move = new Button("Move selected");
    final Button reject = new Button("Reject selected…");
    final Button addExternal = new Button("Add external candidate", VaadinIcon.PLUS.create());
    // Scorecards: the score filter, assigning reviewers to the selection, HR's blind-first-pass switch.
    final NumberInput<BigDecimal> minScore = NumberInput.decimal("Score at least", 2, "3.5")
            .within(score -> score.compareTo(BigDecimal.ONE) >= 0 && score.compareTo(BigDecimal.valueOf(5)) <= 0,
                    "Between 1 and 5");
    final Button assign = new Button("Assign reviewer…");
    // Side-by-side comparison of 2–4 selected applications (/candidates/compare).
    final Button compare = new Button("Compare");
    final com.vaadin.flow.component.checkbox.Checkbox blindFirstPass =
            new com.vaadin.flow.component.checkbox.Checkbox("Blind first pass");
    private final ReviewerAssignmentService assignments;
    private final BlindPassService blindPass;
    private final UserAccountService accounts;
    private final RequisitionService requisitions;
    private final ConflictOfInterest conflicts;
    final Paragraph candidateOn = new Paragraph();
    private final Span count = new Span();
    ContextMenu columnMenu;
    private ReviewFilter filter = ReviewFilter.none();
    private final Map<String, MenuItem> chooserItems = new java.util.HashMap<>();
    private boolean applyingUrl;

    CandidateReviewView(CandidateReviewService review, RequisitionService requisitions,
            ReviewerAssignmentService assignments, BlindPassService blindPass, UserAccountService accounts,
            ConflictOfInterest conflicts) {
        this.review = review;
        this.requisitions = requisitions;
        this.conflicts = conflicts;
        candidateOn.setId("candidate-on-requisition");
        candidateOn.addClassName("form-errors");
        candidateOn.setVisible(false);
        this.assignments = assignments;
        this.blindPass = blindPass;
        this.accounts = accounts;
        addClassNames("page", "candidate-review-view");

        // Only the requisitions whose candidates the viewer reviews: not one they are a candidate on, and for
        // someone who sees every requisition (the CMO office) yet hires, only those they hire for.
        List<RequisitionListItem> listed = requisitions.list(new RequisitionFilter(EnumSet.of(RequisitionStatus.POSTED,
                RequisitionStatus.ON_HOLD, RequisitionStatus.FILLED), null, null, null, null, null, null, null),
                PageRequest.of(0, 500));
        Set<Long> reviewed = review.reviewedAmong(listed.stream().map(RequisitionListItem::id).toList());
        requisition.setItems(listed.stream().filter(r -> reviewed.contains(r.id())).toList());
        requisition.setItemLabelGenerator(r -> r.reference() + " · " + r.title());
        requisition.setClearButtonVisible(true);
        requisition.setWidth("24rem");
        requisition.setId("filter-requisition");
        stages.setItems(ApplicationStage.values());
        stages.setItemLabelGenerator(ApplicationStage::label);
        stages.setId("filter-stage");
        source.setLabel("Source");
        source.setItems("All", "Internal", "External");
        source.setValue("All");
        source.setId("filter-source");
        minScore.setId("filter-min-score");
        minScore.setClearButtonVisible(true);
        minScore.setWidth("9rem");
        match.setLabel("Credential match");
        match.setItems(CriterionOutcome.values());
        match.setItemLabelGenerator(outcome -> outcome == null ? "All" : outcome.label());
        match.setEmptySelectionAllowed(true);
        match.setEmptySelectionCaption("All");
        match.setId("filter-match");
        List<HasValue<?, ?>> filters = List.of(requisition, stages, source, match, minScore);
        filters.forEach(field -> field.addValueChangeListener(change -> {
            // A score the grid cannot use stays in its field with its message, out of the URL.
            if (!applyingUrl && minScore.problem().isEmpty()) {
                writeUrl();
            }
        }));
        blindFirstPass.setId("blind-first-pass");
        blindFirstPass.setTooltipText("Hide names, contact details, current employer and age-revealing dates of this "
                + "requisition's new applications until the first screening decision");
        blindFirstPass.setVisible(false);
        blindFirstPass.addValueChangeListener(change -> {
            if (!applyingUrl && change.isFromClient() && requisition.getValue() != null) {
                blindPass.setBlindFirstPass(requisition.getValue().id(), change.getValue());
                grid.getDataProvider().refreshAll();
            }
        });
        // The grid first: the column chooser lists the columns that exist when it is built.
        configureGrid();
        Div filterBar = new Div(requisition, stages, source, match, minScore, columnChooser(), blindFirstPass);
        filterBar.addClassName("requisition-filters");
        if (CurrentUser.isHr()) {
            filterBar.add(addExternal);
        }
        addExternal.setId("add-external-candidate-link");
        addExternal.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ExternalCandidateView.class,
                requisition.getValue() == null ? QueryParameters.empty()
                        : QueryParameters.of("ref", requisition.getValue().reference()))));

        count.setId("application-count");
        count.addClassName("panel-description");
        add(filterBar, candidateOn, bulkActions(), count, grid);
    }

    private void configureGrid() {
        grid.setId("applications");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ReviewRow::reference).setHeader("Ref").setKey("reference").setSortable(true).setWidth("6rem")
                .setFlexGrow(0);
        grid.addColumn(ReviewRow::title).setHeader("Role").setKey("title").setSortable(true).setWidth("12rem")
                .setFlexGrow(2);
        grid.addComponentColumn(row -> new RouterLink(row.candidateName(), ApplicationDetailView.class,
                ApplicationDetailView.parameters(row.id()))).setHeader("Candidate").setKey("candidate")
                .setWidth("10rem").setFlexGrow(1);
        grid.addComponentColumn(row -> new Badge(row.internal() ? "Internal" : "External", row.internal() ? "neutral"
                : "warning")).setHeader("Source").setKey("source").setSortable(true).setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(row -> new Badge(row.stage().label(), tone(row.stage()))).setHeader("Stage")
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
        grid.addColumn(row -> row.score() == null ? "—" : ScorecardPanels.score(row.score()) + " (" + row.scorecards()
                + ")").setHeader("Score").setKey("scoreAvg").setSortable(true)
                .setTooltipGenerator(row -> "Mean of the submitted scorecards (how many)")
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No applications match these filters.");
        grid.setItems(query -> review.review(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) review.count(filter));
        grid.setHeight("calc(100vh - 20rem)");
        grid.addSelectionListener(selection -> {
            boolean any = !selection.getAllSelectedItems().isEmpty();
            move.setEnabled(any && moveTo.getValue() != null);
            reject.setEnabled(any);
            assign.setEnabled(any);
            int selected = selection.getAllSelectedItems().size();
            compare.setEnabled(selected >= CandidateComparisonService.MIN_CANDIDATES
                    && selected <= CandidateComparisonService.MAX_CANDIDATES);
        });
    }

    private Div bulkActions() {
        moveTo.setLabel("Move to stage");
        // OFFER and HIRED follow the offer (Offer tab of the application), never a bulk move.
        moveTo.setItems(EnumSet.of(ApplicationStage.SCREENING, ApplicationStage.INTERVIEW, ApplicationStage.FINALIST));
        moveTo.setItemLabelGenerator(ApplicationStage::label);
        moveTo.setId("move-to");
        moveTo.addValueChangeListener(change -> move.setEnabled(change.getValue() != null
                && !grid.getSelectedItems().isEmpty()));
        move.setId("move-selected");
        move.addThemeVariants(ButtonVariant.PRIMARY);
        move.setEnabled(false);
        move.addClickListener(click -> moveSelected(moveTo.getValue(), null));
        reject.setId("reject-selected");
        reject.addThemeVariants(ButtonVariant.ERROR);
        reject.setEnabled(false);
        reject.addClickListener(click -> confirmReject());
        assign.setId("assign-selected");
        assign.setEnabled(false);
        assign.addClickListener(click -> openAssign());
        compare.setId("compare-selected");
        compare.setEnabled(false);
        compare.setTooltipText("Select two to four applications of one requisition to compare them side by side");
        compare.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CandidateComparisonView.class,
                CandidateComparisonView.parameters(grid.getSelectedItems().stream().map(ReviewRow::id).sorted()
                        .toList()))));
        Div bar = new Div(moveTo, move, reject, assign, compare);
        bar.addClassName("requisition-filters");
        return bar;
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

    private void confirmReject() {
        new RejectDialog(grid.getSelectedItems().size(),
                (reason, message) -> moveSelected(ApplicationStage.REJECTED, reason, message)).open();
    }

    private void openAssign() {
        ReviewerPicker picker = new ReviewerPicker(accounts);
        picker.setId("assign-reviewer-picker");
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("Assign a reviewer to " + grid.getSelectedItems().size() + " application(s)");
        dialog.add(new Span("They are notified, see only the applications assigned to them, and see the other "
                + "reviewers' scores once they have submitted their own."), picker);
        dialog.setCancelable(true);
        dialog.setConfirmText("Assign");
        dialog.addConfirmListener(confirm -> {
            if (picker.getValue() != null) {
                assignSelected(picker.getValue().username());
            }
        });
        dialog.open();
    }

    void assignSelected(String reviewer) {
        try {
            int assigned = assignments.assign(grid.getSelectedItems().stream().map(ReviewRow::id).toList(), reviewer);
            Notification.show(assigned == 0 ? "Already assigned; nothing changed."
                    : assigned + (assigned == 1 ? " application" : " applications") + " assigned for review.", 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            grid.deselectAll();
        } catch (DomainException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    boolean moveSelected(ApplicationStage target, String reason) {
        return moveSelected(target, reason, null);
    }

    /** Moves the selection; true when it moved, false when refused (the message says why). */
    boolean moveSelected(ApplicationStage target, String reason, String candidateMessage) {
        List<StageMove> moves = grid.getSelectedItems().stream()
                .map(row -> new StageMove(row.id(), row.version())).toList();
        try {
            int moved = review.moveStage(moves, target, reason, candidateMessage);
            Notification.show(moved + (moved == 1 ? " application" : " applications") + " moved to "
                    + target.label().toLowerCase() + ".", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            grid.deselectAll();
            grid.getDataProvider().refreshAll();
            return true;
        } catch (DomainException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
            return false;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        applyingUrl = true;
        Optional<String> reference = first(parameters, "ref");
        requisition.setValue(reference.flatMap(ref -> requisition.getListDataView().getItems()
                .filter(r -> r.reference().equals(ref)).findFirst()).orElse(null));
        stages.setValue(first(parameters, "stage").map(CandidateReviewView::stages).orElse(Set.of()));
        source.setValue(first(parameters, "source").filter(List.of("Internal", "External")::contains).orElse("All"));
        match.setValue(first(parameters, "match").flatMap(CandidateReviewView::outcome).orElse(null));
        BigDecimal score = first(parameters, "minScore").map(CandidateReviewView::score).orElse(null);
        minScore.setNumber(score);
        boolean hr = CurrentUser.isHr();
        blindFirstPass.setVisible(hr && requisition.getValue() != null);
        // One requisition chosen: its reference and title would repeat on every row, and the room
        // is better spent on the candidate's facts (a laptop screen shows the score column then).
        List.of("reference", "title").forEach(key -> showColumn(key, requisition.getValue() == null));
        blindFirstPass.setValue(requisition.getValue() != null && review.reviews(requisition.getValue().id())
                && blindPass.blindFirstPass(requisition.getValue().id()));
        candidateOn.setVisible(reference.isPresent() && requisition.getValue() == null
                && isCandidateOn(reference.get()));
        candidateOn.setText("You are a candidate for job " + reference.orElse("") + ", so its candidates are not"
                + " shown to you (conflict of interest). Your application is under My applications.");
        applyingUrl = false;
        filter = new ReviewFilter(reference.orElse(null), stages.getValue(),
                "All".equals(source.getValue()) ? null : "Internal".equals(source.getValue()), match.getValue(), score);
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

    private void writeUrl() {
        Map<String, String> parameters = new LinkedHashMap<>();
        Optional.ofNullable(requisition.getValue()).ifPresent(r -> parameters.put("ref", r.reference()));
        if (!stages.getValue().isEmpty()) {
            parameters.put("stage", stages.getValue().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        if (!"All".equals(source.getValue())) {
            parameters.put("source", source.getValue());
        }
        Optional.ofNullable(match.getValue()).ifPresent(outcome -> parameters.put("match", outcome.name()));
        minScore.acceptedNumber().ifPresent(score -> parameters.put("minScore",
                score.stripTrailingZeros().toPlainString()));
        getUI().ifPresent(ui -> ui.navigate(CandidateReviewView.class, QueryParameters.simple(parameters)));
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String key) {
        return Optional.ofNullable(parameters.get(key)).filter(values -> !values.isEmpty()).map(List::getFirst);
    }

    private static Set<ApplicationStage> stages(String csv) {
        Set<ApplicationStage> stages = EnumSet.noneOf(ApplicationStage.class);
        for (String name : csv.split(",")) {
            try {
                stages.add(ApplicationStage.valueOf(name.trim()));
            } catch (IllegalArgumentException unknown) {
                // An unknown stage in a hand-edited URL filters by the known ones.
            }
        }
        return stages;
    }

    /** A score from a hand-edited URL: a number from 1 to 5, anything else ignored. */
    private static BigDecimal score(String text) {
        try {
            BigDecimal score = new BigDecimal(text.trim());
            return score.compareTo(BigDecimal.ONE) >= 0 && score.compareTo(BigDecimal.valueOf(5)) <= 0 ? score : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** An unknown match in a hand-edited URL is ignored, like the other filters. */
    private static Optional<CriterionOutcome> outcome(String name) {
        try {
            return Optional.of(CriterionOutcome.valueOf(name.trim()));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    static Badge criteriaBadge(ReviewRow row) {
        return criteriaBadge(row.match());
    }

    static Badge criteriaBadge(CriterionOutcome outcome) {
        if (outcome == null) {
            return new Badge("Not evaluated", "neutral");
        }
        return new Badge(outcome.label(), switch (outcome) {
            case MET -> "success";
            case EXPIRING -> "warning";
            case NOT_MET -> "error";
        });
    }

    private static String years(Integer years) {
        return years == null ? "—" : years.toString();
    }

    static String tone(ApplicationStage stage) {
        return switch (stage) {
            case HIRED, OFFER, FINALIST -> "success";
            case REJECTED, WITHDRAWN -> "error";
            default -> "neutral";
        };
    }
}
