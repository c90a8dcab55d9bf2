package health.staffing.orgchart.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import health.staffing.base.DomainException;
import java.time.LocalDate;
import java.util.List;

/**
 * A dialog for one change to the chart, with the day it takes effect. A refused change shows the
 * rule's message inside the dialog and keeps everything typed, so nothing is lost.
 */
class ChangeDialog extends Dialog {

    /** The change itself, given the day it takes effect; throws {@link DomainException} when a rule refuses it. */
    interface Change {
        void apply(LocalDate effectiveFrom);
    }

    final FormLayout form = new FormLayout();
    final DatePicker effectiveFrom = new DatePicker("Takes effect on");
    final Paragraph error = new Paragraph();
    final Button save;
    private FieldRules rules = new FieldRules();

    ChangeDialog(String title, String saveText, LocalDate defaultDay, boolean dated, Change change, Runnable afterSave) {
        setHeaderTitle(title);
        setWidth("34rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        effectiveFrom.setValue(defaultDay);
        effectiveFrom.setRequired(true);
        effectiveFrom.setHelperText("A future day schedules the change; the chart as of earlier days stays as it was.");
        error.addClassName("dialog-error");
        error.setVisible(false);
        error.setId("dialog-error");
        add(form);
        if (dated) {
            form.add(effectiveFrom, 2);
        }
        add(error);
        save = new Button(saveText, click -> {
            if (dated && effectiveFrom.getValue() == null) {
                fail("Choose the day the change takes effect.");
                return;
            }
            List<String> problems = rules.problems();
            if (!problems.isEmpty()) {
                fail(String.join(" ", problems));
                return;
            }
            try {
                change.apply(effectiveFrom.getValue());
                close();
                afterSave.run();
            } catch (DomainException refused) {
                fail(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("dialog-save");
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }

    /** Adds the change's own fields above the day it takes effect. */
    void addFields(Component... fields) {
        for (int i = 0; i < fields.length; i++) {
            form.addComponentAtIndex(i, fields[i]);
        }
    }

    /** The rules the fields must hold before the change is tried. */
    ChangeDialog checkedBy(FieldRules fieldRules) {
        this.rules = fieldRules;
        return this;
    }

    void fail(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
