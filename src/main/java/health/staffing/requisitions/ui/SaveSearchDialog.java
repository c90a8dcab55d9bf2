package health.staffing.requisitions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import health.staffing.base.DomainException;
import health.staffing.requisitions.AlertFrequency;
import health.staffing.requisitions.JobPlace;
import health.staffing.requisitions.JobSearch;
import health.staffing.requisitions.SavedJobSearches;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Save search" on the job board: the search's filters in words, a name, and whether new matching
 * roles are emailed at once, daily or not at all. A refusal (a name already used, too many saved
 * searches) is shown in the dialog, which keeps what was typed.
 */
class SaveSearchDialog extends Dialog {

    static final int MAX_NAME = 80;

    final TextField name = new TextField("Name");
    final RadioButtonGroup<AlertFrequency> frequency = new RadioButtonGroup<>("Email me about new roles it finds");
    final Paragraph refusal = new Paragraph();
    final Button confirm = new Button("Save search");

    SaveSearchDialog(SavedJobSearches saved, JobSearch search, @Nullable JobPlace place, Runnable done) {
        setHeaderTitle("Save this search");
        setWidth("32rem");
        Paragraph criteria = new Paragraph(search.describe(place == null ? null : place.label()));
        criteria.setId("save-search-criteria");
        criteria.addClassName("panel-description");
        name.setId("save-search-name");
        name.setRequired(true);
        name.setMaxLength(MAX_NAME);
        name.setWidthFull();
        name.setValue(suggestedName(search, place));
        name.setHelperText("As you will find it in your saved searches and in the alert's subject.");
        frequency.setId("save-search-frequency");
        frequency.setItems(AlertFrequency.values());
        frequency.setItemLabelGenerator(AlertFrequency::label);
        frequency.setValue(AlertFrequency.DAILY);
        frequency.addThemeName("vertical");
        refusal.setId("save-search-refusal");
        refusal.addClassName("form-errors");
        refusal.setVisible(false);
        add(criteria, name, frequency, refusal);

        confirm.setId("save-search-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            List<String> problems = saved.problems(name.getValue(), search);
            if (!problems.isEmpty()) {
                show(String.join(" ", problems));
                return;
            }
            try {
                saved.save(name.getValue(), search, frequency.getValue());
                close();
                Notification.show("Saved “" + name.getValue().strip() + "”. " + confirmation(frequency.getValue()),
                        5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                done.run();
            } catch (DomainException refused) {
                show(refused.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }

    private static String confirmation(AlertFrequency value) {
        return switch (value) {
            case IMMEDIATE -> "We email you as soon as a matching role is posted.";
            case DAILY -> "We email you a daily digest of new matching roles.";
            case NONE -> "Run it from your saved searches.";
        };
    }

    /** "quality near Worcester", "Physician Leadership", or "All open roles". */
    static String suggestedName(JobSearch search, @Nullable JobPlace place) {
        String what = search.keywords() != null ? search.keywords()
                : search.category() != null ? search.category() : "All open roles";
        String name = place == null ? what : what + " near " + place.city();
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }

    private void show(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
    }
}
