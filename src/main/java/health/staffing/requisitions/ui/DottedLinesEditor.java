package health.staffing.requisitions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import health.staffing.base.TextLimits;
import health.staffing.orgchart.PositionSummary;
import health.staffing.requisitions.ProposedDottedLine;
import health.staffing.requisitions.RequisitionForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dotted lines a new seat is proposed with: pick the partner position, give the line a label,
 * add it; each listed line can be removed. {@code changed} runs after every change (the approval
 * chain consults the partners).
 */
class DottedLinesEditor extends Div {

    final ComboBox<PositionSummary> partner = new ComboBox<>("Dotted line to");
    final TextField label = new TextField("Label");
    private final Div list = new Div();
    private final List<ProposedDottedLine> lines = new ArrayList<>();
    private final Function<String, String> titleOf;
    private final Runnable changed;

    DottedLinesEditor(Function<String, String> titleOf, Runnable changed) {
        this.titleOf = titleOf;
        this.changed = changed;
        partner.setId("dotted-partner");
        label.setId("dotted-label");
        label.setPlaceholder("population health");
        label.setMaxLength(RequisitionForm.MAX_DOTTED_LABEL);
        list.setId("dotted-lines");
        Button add = new Button("Add dotted line", VaadinIcon.PLUS.create(), click -> add());
        add.setId("add-dotted-line");
        Div row = new Div(partner, label, add);
        row.addClassName("dotted-line-row");
        row.setId("dotted-editor");
        add(row, list);
    }

    List<ProposedDottedLine> lines() {
        return List.copyOf(lines);
    }

    void show(List<ProposedDottedLine> proposed) {
        lines.clear();
        lines.addAll(proposed);
        render();
    }

    private void add() {
        if (partner.getValue() == null || label.isEmpty()) {
            label.setInvalid(true);
            label.setErrorMessage("Choose a position and give the line a label");
            return;
        }
        Optional<String> tooLong = TextLimits.problem("The label", label.getValue(), RequisitionForm.MAX_DOTTED_LABEL);
        if (tooLong.isPresent()) {
            label.setInvalid(true);
            label.setErrorMessage(tooLong.get());
            return;
        }
        label.setInvalid(false);
        lines.add(new ProposedDottedLine(partner.getValue().code(), label.getValue().trim()));
        partner.clear();
        label.clear();
        render();
    }

    private void render() {
        changed.run();
        list.removeAll();
        for (ProposedDottedLine line : List.copyOf(lines)) {
            String partnerTitle = titleOf.apply(line.positionCode());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                lines.remove(line);
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
            remove.setAriaLabel("Remove the dotted line to " + partnerTitle);
            Div row = new Div(new Span("┄ " + partnerTitle + " — " + line.label()), remove);
            row.addClassName("dotted-line-row");
            list.add(row);
        }
    }
}
