package health.staffing.candidates.review.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import health.staffing.base.ui.FilterAddress;
import health.staffing.base.ui.component.NumberInput;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.candidates.review.ReviewNarrowing;
import health.staffing.candidates.screening.CriterionOutcome;
import health.staffing.requisitions.RequisitionListItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The candidate grid's filters — requisition, stage, source, credential match, minimum score — kept in the
 * page address ({@code ?ref=102618&stage=INTERVIEW&minScore=3.5}): a change writes the address, and the
 * address sets the fields and names the filter. A dashboard figure's narrowing ({@code org}, {@code dept},
 * {@code cat}, {@code from}, {@code to}, {@code period=hired}, {@code reached}) has no field: it is said above
 * the grid and removed in one click.
 */
class ReviewFilterBar extends Div {

    private static final BigDecimal LOWEST_SCORE = BigDecimal.ONE;
    private static final BigDecimal HIGHEST_SCORE = BigDecimal.valueOf(5);

    final ComboBox<RequisitionListItem> requisition = new ComboBox<>("Requisition");
    final MultiSelectComboBox<ApplicationStage> stages = new MultiSelectComboBox<>("Stage");
    static final String ALL = "All";
    static final String INTERNAL = "Internal";
    static final String EXTERNAL = "External";
    /** Applications that came through a referral, internal or external. */
    static final String REFERRAL = "Referral";

    final Select<String> source = new Select<>();
    final Select<CriterionOutcome> match = new Select<>();
    final NumberInput<BigDecimal> minScore = NumberInput.decimal("Score at least", 2, "3.5")
            .within(score -> score.compareTo(LOWEST_SCORE) >= 0 && score.compareTo(HIGHEST_SCORE) <= 0,
                    "Between 1 and 5");
    /** Set while the address fills the fields, so that filling them does not write the address again. */
    private boolean reading;
    /** What a dashboard figure added: kept through other filter changes until removed. */
    private ReviewNarrowing narrowing = ReviewNarrowing.NONE;
    final Span narrowingNote = new Span();
    final Button removeNarrowing = new Button("Show beyond this");
    private final Div narrowed = new Div(narrowingNote, removeNarrowing);

    ReviewFilterBar(List<RequisitionListItem> reviewed, Consumer<QueryParameters> navigate) {
        requisition.setItems(reviewed);
        requisition.setItemLabelGenerator(r -> r.reference() + " · " + r.title());
        requisition.setClearButtonVisible(true);
        requisition.setWidth("24rem");
        requisition.setId("filter-requisition");
        stages.setItems(ApplicationStage.values());
        stages.setItemLabelGenerator(ApplicationStage::label);
        stages.setId("filter-stage");
        source.setLabel("Source");
        source.setItems(ALL, INTERNAL, EXTERNAL, REFERRAL);
        source.setValue(ALL);
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
        List<HasValue<?, ?>> fields = List.of(requisition, stages, source, match, minScore);
        fields.forEach(field -> field.addValueChangeListener(change -> {
            // A score the grid cannot use stays in its field with its message, out of the address.
            if (!reading && minScore.problem().isEmpty()) {
                navigate.accept(address());
            }
        }));
        removeNarrowing.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        removeNarrowing.setId("remove-narrowing");
        removeNarrowing.addClickListener(click -> {
            narrowing = ReviewNarrowing.NONE;
            navigate.accept(address());
        });
        narrowingNote.setId("narrowing");
        narrowed.addClassName("narrowed-by");
        narrowed.setVisible(false);
        add(requisition, stages, source, match, minScore, narrowed);
        addClassName("requisition-filters");
    }

    /** Sets the fields from the address and returns the filter it names; what it cannot use is left out. */
    ReviewFilter read(FilterAddress address) {
        reading = true;
        try {
            Optional<String> reference = address.text("ref");
            requisition.setValue(reference.flatMap(ref -> requisition.getListDataView().getItems()
                    .filter(r -> r.reference().equals(ref)).findFirst()).orElse(null));
            stages.setValue(address.constants("stage", ApplicationStage.class));
            source.setValue(address.text("source").filter(List.of(INTERNAL, EXTERNAL, REFERRAL)::contains).orElse(ALL));
            match.setValue(address.constant("match", CriterionOutcome.class).orElse(null));
            BigDecimal score = address.decimal("minScore", 2, LOWEST_SCORE, HIGHEST_SCORE).orElse(null);
            minScore.setNumber(score);
            String from = source.getValue();
            narrowing = new ReviewNarrowing(address.text("org").orElse(null), address.text("dept").orElse(null),
                    address.text("cat").orElse(null), address.day("from").orElse(null), address.day("to").orElse(null),
                    address.constant("reached", ApplicationStage.class).orElse(null),
                    address.text("period").filter("hired"::equals).isPresent());
            narrowed.setVisible(!narrowing.isEmpty());
            narrowingNote.setText("Narrowed by the dashboard: " + narrowing.describe());
            return new ReviewFilter(reference.orElse(null), stages.getValue(),
                    INTERNAL.equals(from) ? Boolean.TRUE : EXTERNAL.equals(from) ? Boolean.FALSE : null, match.getValue(),
                    score, REFERRAL.equals(from), narrowing);
        } finally {
            reading = false;
        }
    }

    QueryParameters address() {
        return FilterAddress.writer()
                .put("ref", Optional.ofNullable(requisition.getValue()).map(RequisitionListItem::reference).orElse(null))
                .putAll("stage", stages.getValue())
                .put("source", ALL.equals(source.getValue()) ? null : source.getValue())
                .put("match", match.getValue())
                .put("minScore", minScore.acceptedNumber().map(score -> score.stripTrailingZeros().toPlainString())
                        .orElse(null))
                .put("org", narrowing.organisationCode())
                .put("dept", narrowing.department())
                .put("cat", narrowing.category())
                .put("from", narrowing.from())
                .put("to", narrowing.to())
                .putWord("reached", narrowing.reached())
                .put("period", narrowing.hiredInPeriod() ? "hired" : null)
                .toQueryParameters();
    }
}
