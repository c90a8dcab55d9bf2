package health.staffing.candidates.scorecards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;
import health.staffing.base.DomainException;
import health.staffing.base.ui.component.Badge;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.review.BlindPassService;
import health.staffing.candidates.scorecards.ReviewerAssignment;
import health.staffing.candidates.scorecards.ReviewerAssignmentService;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.candidates.ui.ApplicationTab;
import health.staffing.candidates.ui.ReviewerPicker;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * The application's "Scorecards" tab: who reviews it (assign, remove), HR's blind-first-pass
 * switch for the requisition, and the submitted scorecards with their averages. A hiring-team
 * member who is also an assigned reviewer sees no scores until their own is submitted.
 */
@org.springframework.stereotype.Component
@Order(20)
class ScorecardsTab implements ApplicationTab {

    private final ScorecardService scorecards;
    private final ReviewerAssignmentService assignments;
    private final BlindPassService blindPass;
    private final UserAccountService accounts;

    ScorecardsTab(ScorecardService scorecards, ReviewerAssignmentService assignments, BlindPassService blindPass,
            UserAccountService accounts) {
        this.scorecards = scorecards;
        this.assignments = assignments;
        this.blindPass = blindPass;
        this.accounts = accounts;
    }

    @Override
    public String key() {
        return "scorecards";
    }

    @Override
    public String label() {
        return "Scorecards";
    }

    @Override
    public boolean appliesTo(ApplicationDetail application) {
        return true;
    }

    @Override
    public Component content(ApplicationDetail application, Runnable onChange) {
        Div content = new Div();
        content.setId("scorecards-tab");
        content.addClassName("application-profile");
        fill(content, application, onChange);
        return content;
    }

    private void fill(Div content, ApplicationDetail application, Runnable onChange) {
        content.removeAll();
        content.add(reviewers(content, application, onChange), scores(application));
    }

    private Div reviewers(Div content, ApplicationDetail application, Runnable onChange) {
        Div panel = ScorecardPanels.panel("Reviewers");
        panel.setId("application-reviewers");
        List<ReviewerAssignment> assigned = assignments.reviewers(application.id());
        if (assigned.isEmpty()) {
            panel.add(new Paragraph("No reviewer is assigned yet."));
        }
        for (ReviewerAssignment reviewer : assigned) {
            Div row = new Div(new Span(reviewer.reviewerName()), new Badge(reviewer.submitted() ? "Submitted"
                    : "To score", reviewer.submitted() ? "success" : "warning"));
            row.addClassName("requisition-subtitle");
            if (!reviewer.submitted()) {
                Button remove = new Button("Remove", click -> act(() -> assignments.unassign(application.id(),
                        reviewer.reviewer()), reviewer.reviewerName() + " removed.", content, application, onChange));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
                remove.setId("unassign-" + reviewer.reviewer());
                row.add(remove);
            }
            panel.add(row);
        }
        ReviewerPicker picker = new ReviewerPicker(accounts);
        picker.setId("reviewer-picker");
        Button assign = new Button("Assign", click -> {
            if (picker.getValue() == null) {
                picker.setErrorMessage("Pick a reviewer.");
                picker.setInvalid(true);
                return;
            }
            act(() -> assignments.assign(List.of(application.id()), picker.getValue().username()),
                    picker.getValue().displayName() + " will review this application.", content, application,
                    onChange);
        });
        assign.setId("assign-reviewer");
        Div add = new Div(picker, assign);
        add.addClassName("requisition-filters");
        panel.add(add);
        if (CurrentUser.isHr()) {
            Checkbox blind = new Checkbox("Blind first pass for " + application.reference()
                    + ": hide who applied until the first screening decision",
                    blindPass.blindFirstPass(application.requisitionId()));
            blind.setId("blind-first-pass");
            blind.addValueChangeListener(change -> {
                blindPass.setBlindFirstPass(application.requisitionId(), change.getValue());
                onChange.run();
            });
            panel.add(blind);
        }
        return panel;
    }

    private Component scores(ApplicationDetail application) {
        if (!scorecards.maySeeScores(application.id())) {
            Div panel = ScorecardPanels.panel("Scores");
            panel.setId("scores-hidden");
            panel.add(new Paragraph("You are one of the reviewers: the scores stay hidden until you have submitted "
                    + "your own scorecard."), new RouterLink("Open your scorecard", ScorecardView.class,
                    ScorecardView.parameters(application.id())));
            return panel;
        }
        Div scores = new Div(ScorecardPanels.summary(scorecards.summary(application.id())),
                ScorecardPanels.scorecards(scorecards.submittedScorecards(application.id())));
        scores.setId("application-scores");
        return scores;
    }

    private void act(Runnable action, String done, Div content, ApplicationDetail application, Runnable onChange) {
        try {
            action.run();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            fill(content, application, onChange);
        } catch (DomainException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
