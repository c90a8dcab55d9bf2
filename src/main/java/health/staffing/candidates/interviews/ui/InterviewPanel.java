package health.staffing.candidates.interviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import health.staffing.base.DomainException;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.interviews.InterviewService;
import health.staffing.candidates.interviews.InterviewStatus;
import health.staffing.candidates.interviews.InterviewSummary;
import health.staffing.security.UserAccountService;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * An application's interviews: schedule one with a panel, change or cancel it (everyone invited is
 * told, their calendars updated), and record whether it took place.
 */
class InterviewPanel extends Div {

    final Button schedule = new Button("Schedule interview");
    final Grid<InterviewSummary> grid = new Grid<>();
    final Div errors = new Div();
    final InterviewDialog dialog;
    final CancelInterviewDialog cancelDialog = new CancelInterviewDialog();
    private final InterviewService interviews;
    private final Clock clock;
    private final ApplicationDetail application;

    InterviewPanel(InterviewService interviews, UserAccountService accounts, Clock clock, ApplicationDetail application) {
        this.interviews = interviews;
        this.clock = clock;
        this.application = application;
        this.dialog = new InterviewDialog(accounts, clock);
        addClassName("interviews-tab");
        setId("interviews-panel");

        Paragraph help = new Paragraph("Each panel member is assigned this application's scorecard (the interview"
                + " kit: the requisition's criteria and the posting). The candidate and the panel receive an invitation"
                + " with a calendar file; a change or a cancellation updates the event in their calendars.");
        help.addClassName("panel-description");
        errors.setId("interview-errors");
        errors.addClassName("form-errors");
        errors.setVisible(false);
        schedule.setId("schedule-interview");
        schedule.addThemeVariants(ButtonVariant.PRIMARY);
        schedule.setVisible(application.stage() == ApplicationStage.INTERVIEW
                || application.stage() == ApplicationStage.FINALIST);
        schedule.addClickListener(click -> dialog.openNew(form -> act(() -> interviews.schedule(application.id(), form),
                "Interview scheduled; the invitations are on their way.")));

        grid.setId("interviews");
        grid.addColumn(InterviewSummary::when).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(InterviewPanel::where).setHeader("Where").setFlexGrow(2);
        grid.addColumn(i -> String.join(", ", i.panel())).setHeader("Panel").setFlexGrow(2);
        grid.addComponentColumn(InterviewPanel::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No interview yet.");
        add(help, errors, schedule, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(interviews.forApplication(application.id()));
    }

    private static Div where(InterviewSummary interview) {
        Div where = new Div();
        if (interview.location() != null) {
            where.add(new Span(interview.location()));
        }
        if (interview.videoLink() != null) {
            Anchor link = new Anchor(interview.videoLink(), "Video link");
            link.setTarget(AnchorTarget.BLANK);
            if (interview.location() != null) {
                where.add(new Span(" · "));
            }
            where.add(link);
        }
        return where;
    }

    private static Span status(InterviewSummary interview) {
        Span badge = new Span(interview.status().label());
        badge.addClassNames("badge", switch (interview.status()) {
            case SCHEDULED -> "badge-neutral";
            case DONE -> "badge-success";
            case CANCELLED -> "badge-warning";
            case NO_SHOW -> "badge-error";
        });
        if (interview.statusNote() != null) {
            badge.setTitle(interview.statusNote());
        }
        return badge;
    }

    private Div actions(InterviewSummary interview) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        if (interview.status() != InterviewStatus.SCHEDULED) {
            return actions;
        }
        Button change = new Button("Change", click -> dialog.openChange(interview, form -> act(
                () -> interviews.reschedule(interview.id(), interview.version(), form),
                "Interview changed; everyone invited is told.")));
        Button cancel = new Button("Cancel", click -> cancelDialog.open(reason -> act(
                () -> interviews.cancel(interview.id(), interview.version(), reason),
                "Interview cancelled; everyone invited is told.")));
        actions.add(change, cancel);
        if (!interview.startsAt().isAfter(clock.instant())) {
            actions.add(new Button("Done", click -> act(() -> interviews.recordOutcome(interview.id(), interview.version(),
                    InterviewStatus.DONE, null), "Recorded as done.")));
            actions.add(new Button("No-show", click -> act(() -> interviews.recordOutcome(interview.id(),
                    interview.version(), InterviewStatus.NO_SHOW, null), "Recorded as a no-show.")));
        }
        actions.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.SMALL,
                ButtonVariant.TERTIARY));
        return actions;
    }

    /** Runs a change; a refusal is shown in the open dialog (or above the grid) and nothing typed is lost. */
    private boolean act(Supplier<InterviewSummary> change, String done) {
        try {
            change.get();
        } catch (DomainException refused) {
            if (dialog.isOpened()) {
                dialog.showProblem(refused.getMessage());
            } else {
                errors.setText(refused.getMessage());
                errors.setVisible(true);
            }
            refresh();
            return false;
        }
        errors.setVisible(false);
        Notification.show(done, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        refresh();
        return true;
    }
}
