package health.staffing.candidates.interviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.base.ui.component.TextLimit;
import health.staffing.candidates.interviews.InterviewForm;
import health.staffing.candidates.interviews.InterviewRules;
import health.staffing.candidates.interviews.InterviewSummary;
import health.staffing.security.UserAccountService;
import health.staffing.security.UserSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Schedules or changes an interview. Each field shows the rule the service runs
 * ({@link InterviewRules}); a refusal from the service stays in the dialog with everything typed.
 */
class InterviewDialog extends Dialog {

    /** The US time zones offered, the Eastern first (where most of the health system is). */
    static final List<String> TIME_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico");

    final DateTimePicker start = new DateTimePicker("Date and time");
    final Select<String> timeZone = new Select<>();
    final IntegerField minutes = new IntegerField("Length (minutes)");
    final TextField location = new TextField("Place");
    final TextField videoLink = new TextField("Video link");
    final MultiSelectComboBox<UserSummary> panel = new MultiSelectComboBox<>("Panel");
    final Div problem = new Div();
    final Button save = new Button("Schedule and send invitations");
    private final UserAccountService accounts;
    private final Clock clock;
    private Predicate<InterviewForm> action = form -> true;

    InterviewDialog(UserAccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        setWidth("min(48rem, 95vw)");
        start.setId("interview-start");
        start.setStep(Duration.ofMinutes(15));
        start.setRequiredIndicatorVisible(true);
        timeZone.setId("interview-time-zone");
        timeZone.setLabel("Time zone");
        timeZone.setItems(TIME_ZONES);
        timeZone.setItemLabelGenerator(zone -> zone.replace('_', ' ').replace("America/", "").replace("Pacific/", ""));
        minutes.setId("interview-minutes");
        minutes.setMin(InterviewRules.MIN_MINUTES);
        minutes.setMax(InterviewRules.MAX_MINUTES);
        minutes.setStep(15);
        minutes.setStepButtonsVisible(true);
        location.setId("interview-location");
        location.setMaxLength(InterviewRules.MAX_LOCATION);
        location.setPlaceholder("399 Revolution Drive, Room 4");
        videoLink.setId("interview-video-link");
        videoLink.setMaxLength(InterviewRules.MAX_VIDEO_LINK);
        videoLink.setPlaceholder("https://…");
        videoLink.setHelperText("A place, a video link or both");
        panel.setId("interview-panel");
        panel.setHelperText("Employees with an account; each is assigned the scorecard");
        panel.setItems(query -> accounts.searchActive(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        panel.setItemLabelGenerator(UserSummary::displayName);
        problem.setId("interview-dialog-errors");
        problem.addClassName("form-errors");
        problem.setVisible(false);
        save.setId("save-interview");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());

        FormLayout fields = new FormLayout(start, timeZone, minutes, location, videoLink, panel);
        fields.setColspan(panel, 2);
        fields.setColspan(videoLink, 2);
        add(problem, fields);
        getFooter().add(new Button("Close", click -> close()), save);
    }

    void openNew(Predicate<InterviewForm> action) {
        setHeaderTitle("Schedule an interview");
        save.setText("Schedule and send invitations");
        start.setValue(LocalDateTime.now(clock.withZone(ZoneId.of(TIME_ZONES.getFirst()))).plusDays(7)
                .withHour(10).withMinute(0).withSecond(0).withNano(0));
        timeZone.setValue(TIME_ZONES.getFirst());
        minutes.setValue(60);
        location.clear();
        videoLink.clear();
        panel.clear();
        show(action);
    }

    void openChange(InterviewSummary interview, Predicate<InterviewForm> action) {
        setHeaderTitle("Change the interview");
        save.setText("Save and tell everyone invited");
        start.setValue(LocalDateTime.ofInstant(interview.startsAt(), interview.zone()));
        timeZone.setValue(TIME_ZONES.contains(interview.zone().getId()) ? interview.zone().getId() : TIME_ZONES.getFirst());
        minutes.setValue(interview.minutes());
        location.setValue(Optional.ofNullable(interview.location()).orElse(""));
        videoLink.setValue(Optional.ofNullable(interview.videoLink()).orElse(""));
        Set<UserSummary> members = new LinkedHashSet<>();
        interview.panelUsernames().forEach(username -> accounts.findByUsername(username).ifPresent(members::add));
        panel.setValue(members);
        show(action);
    }

    void showProblem(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private void show(Predicate<InterviewForm> action) {
        this.action = action;
        problem.setVisible(false);
        start.setInvalid(false);
        minutes.setInvalid(false);
        location.setInvalid(false);
        videoLink.setInvalid(false);
        panel.setInvalid(false);
        open();
    }

    InterviewForm form() {
        return new InterviewForm(start.getValue(), timeZone.getValue(), minutes.getValue(), location.getValue(),
                videoLink.getValue(), panel.getSelectedItems().stream()
                        .sorted(Comparator.comparing(UserSummary::displayName)).map(UserSummary::username).toList());
    }

    private void save() {
        InterviewForm form = form();
        boolean refused = TextLimit.refusedOn(start, InterviewRules.start(form.start(), form.timeZone(), clock.instant()));
        refused |= TextLimit.refusedOn(minutes, InterviewRules.minutes(form.minutes()));
        refused |= TextLimit.refusedOn(location, InterviewRules.location(form.location()));
        refused |= TextLimit.refusedOn(videoLink, InterviewRules.videoLink(form.videoLink())
                .or(() -> InterviewRules.where(form.location(), form.videoLink())));
        refused |= TextLimit.refusedOn(panel, InterviewRules.panel(form.panel()));
        if (refused) {
            return;
        }
        if (action.test(form)) {
            close();
        }
    }

    @Override
    public void close() {
        // The panel's list may still be open (a multi-select stays open while people are picked).
        panel.setOpened(false);
        super.close();
    }
}
