package health.staffing.requisitions.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a requisition sits in the org chart: a new position under a manager's seat with its dotted
 * lines, or a replacement for a vacant seat. The positions are searched in the chart as it is today.
 */
class SeatFields {

    final RadioButtonGroup<RequisitionKind> kind = new RadioButtonGroup<>("Kind");
    final ComboBox<PositionSummary> manager = new ComboBox<>("Reports to (solid line)");
    final ComboBox<PositionSummary> vacantSeat = new ComboBox<>("Vacant position to fill");
    final DottedLinesEditor dottedLines;
    final ComboBox<PositionSummary> dottedPartner;
    final TextField dottedLabel;
    private final OrgChartService orgChart;
    private final Clock clock;
    private final Runnable planChanged;
    private final Consumer<PositionSummary> seatPicked;

    /**
     * {@code planChanged} runs when the kind, the seat or a dotted line changes (the approval chain
     * depends on them); {@code seatPicked} when the user picks a vacant seat to replace.
     */
    SeatFields(OrgChartService orgChart, Clock clock, Runnable planChanged, Consumer<PositionSummary> seatPicked) {
        this.orgChart = orgChart;
        this.clock = clock;
        this.planChanged = planChanged;
        this.seatPicked = seatPicked;
        this.dottedLines = new DottedLinesEditor(code -> orgChart.findByCode(code).map(PositionSummary::title)
                .orElse(code), planChanged);
        this.dottedPartner = dottedLines.partner;
        this.dottedLabel = dottedLines.label;
        kind.setItems(RequisitionKind.values());
        kind.setItemLabelGenerator(RequisitionKind::label);
        kind.setId("requisition-kind");
        kind.addValueChangeListener(change -> showKind(change.getValue()));

        manager.setId("manager-position");
        configurePositionSearch(manager, false);
        vacantSeat.setId("vacant-position");
        configurePositionSearch(vacantSeat, true);
        vacantSeat.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                seatPicked.accept(change.getValue());
            }
        });
        kind.addValueChangeListener(change -> planChanged.run());
        vacantSeat.addValueChangeListener(change -> planChanged.run());
        configurePositionSearch(dottedPartner, false);
        showKind(RequisitionKind.NEW_POSITION);
    }

    Div placement() {
        FormLayout seat = new FormLayout(kind, vacantSeat, manager);
        Div placement = new Div(seat, dottedLines);
        placement.addClassName("placement");
        return placement;
    }

    private void configurePositionSearch(ComboBox<PositionSummary> field, boolean vacantOnly) {
        field.setItemLabelGenerator(p -> p.title() + " · " + p.organisationCode() + (p.vacant() ? " (vacant)"
                : " — " + p.incumbentName()));
        field.setItems(query -> orgChart.search(query.getFilter().orElse(""), LocalDate.now(clock)).stream()
                .filter(p -> !vacantOnly || p.vacant()).skip(query.getOffset()).limit(query.getLimit()));
        field.setPlaceholder("Search title, code or person");
        field.setWidthFull();
    }

    void showKind(RequisitionKind selected) {
        boolean replacement = selected == RequisitionKind.REPLACEMENT;
        vacantSeat.setVisible(replacement);
        manager.setVisible(!replacement);
        dottedLines.setVisible(!replacement);
    }

    /** The seat, the solid line and the dotted lines as picked: the parts of a requisition the Binder does not hold. */
    void placeInto(RequisitionForm form) {
        form.setManagerPositionCode(manager.getValue() == null ? null : manager.getValue().code());
        form.setPositionCode(vacantSeat.getValue() == null ? null : vacantSeat.getValue().code());
        form.setDottedLines(form.getKind() == RequisitionKind.NEW_POSITION ? dottedLines.lines() : List.of());
    }

    /** What the approval routing plans from: the kind as picked, the seat it replaces, the partners it consults. */
    void planInto(RequisitionForm planned) {
        RequisitionKind picked = kind.getValue();
        planned.setKind(picked);
        planned.setPositionCode(picked == RequisitionKind.REPLACEMENT && vacantSeat.getValue() != null
                ? vacantSeat.getValue().code() : null);
        planned.setDottedLines(picked == RequisitionKind.NEW_POSITION ? dottedLines.lines() : List.of());
    }

    /** An existing requisition: its kind and seat are fixed, its placement shown as saved. */
    void showPlacementOf(RequisitionDetails editing) {
        kind.setReadOnly(true);
        manager.setValue(editing.managerPositionCode() == null ? null
                : orgChart.findByCode(editing.managerPositionCode()).orElse(null));
        vacantSeat.setValue(editing.positionCode() == null ? null
                : orgChart.findByCode(editing.positionCode()).orElse(null));
        vacantSeat.setReadOnly(true);
        dottedLines.show(editing.dottedLines());
    }
}
