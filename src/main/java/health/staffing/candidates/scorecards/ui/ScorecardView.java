package health.staffing.candidates.scorecards.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import health.staffing.base.DomainException;
import health.staffing.base.ui.RouteIds;
import health.staffing.base.ui.component.Badge;
import health.staffing.base.ui.component.TextLimit;
import health.staffing.candidates.review.Recommendation;
import health.staffing.candidates.scorecards.CriterionRating;
import health.staffing.candidates.scorecards.IncompleteScorecardException;
import health.staffing.candidates.scorecards.ReviewScorecard;
import health.staffing.candidates.scorecards.ReviewerPage;
import health.staffing.candidates.scorecards.ScorecardEntry;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.candidates.ui.StageTone;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reviewer's scorecard for one assigned application: the candidate's credentials, a 1–5 rating
 * with notes per criterion and an overall recommendation. "Save draft" keeps anything; "Submit"
 * needs every rating, marks each gap on its field and keeps everything typed. After submitting,
 * the other reviewers' submitted scorecards appear. Not assigned means "not found".
 */
@Route("reviews/:id(\\d+)")
@PermitAll
class ScorecardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ScorecardService scorecards;
    final Map<String, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();
    final Map<String, TextArea> notes = new LinkedHashMap<>();
    final RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>("Overall recommendation");
    final Button saveDraft = new Button("Save draft");
    final Button submit = new Button("Submit scorecard");
    private long applicationId;
    private long version;
    private String pageTitle = "Scorecard";

    ScorecardView(ScorecardService scorecards) {
        this.scorecards = scorecards;
        addClassNames("page", "scorecard-view");
    }

    static RouteParameters parameters(long applicationId) {
        return new RouteParameters("id", String.valueOf(applicationId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> routed = RouteIds.of(event, "id");
        if (routed.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no such application.");
            return;
        }
        long id = routed.get();
        try {
            render(scorecards.reviewerPage(id));
        } catch (DomainException notAssigned) {
            event.rerouteToError(NotFoundException.class, notAssigned.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    private void render(ReviewerPage page) {
        removeAll();
        ratings.clear();
        notes.clear();
        applicationId = page.candidate().applicationId();
        version = page.mine().version();
        pageTitle = "Scorecard · " + page.candidate().candidateName();
        RouterLink back = new RouterLink("← Reviews", ReviewsView.class);
        H2 name = new H2(page.candidate().candidateName());
        name.setId("candidate-name");
        Span role = new Span(page.candidate().reference() + " · " + page.candidate().title());
        Div subtitle = new Div(role, new Badge(page.candidate().stage().label(),
                StageTone.of(page.candidate().stage())));
        subtitle.addClassName("requisition-subtitle");
        Div layout = new Div(ScorecardPanels.candidate(page.candidate()),
                page.mine().submitted() ? submitted(page) : form(page));
        layout.addClassName("scorecard-layout");
        add(back, name, subtitle, layout);
    }

    private Div form(ReviewerPage page) {
        Div form = ScorecardPanels.panel("Your scorecard");
        form.setId("scorecard-form");
        Paragraph hint = new Paragraph("Rate each criterion from 1 (weak) to 5 (outstanding). Nobody sees your "
                + "scores before you submit, and you see the others' once yours is in. A submitted scorecard is final.");
        hint.addClassName("panel-description");
        form.add(hint);
        Map<String, CriterionRating> saved = new LinkedHashMap<>();
        page.mine().ratings().forEach(r -> saved.put(r.criterion(), r));
        int index = 0;
        for (String criterion : page.criteria()) {
            RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(criterion);
            rating.setItems(1, 2, 3, 4, 5);
            rating.setId("rating-" + index);
            Optional.ofNullable(saved.get(criterion)).map(CriterionRating::rating).ifPresent(rating::setValue);
            TextArea note = new TextArea("Notes on " + criterion.toLowerCase());
            note.setId("notes-" + index);
            note.setWidthFull();
            note.setMaxLength(CriterionRating.MAX_NOTES);
            Optional.ofNullable(saved.get(criterion)).map(CriterionRating::notes).ifPresent(note::setValue);
            ratings.put(criterion, rating);
            notes.put(criterion, note);
            Div row = new Div(rating, note);
            row.addClassName("scorecard-criterion");
            form.add(row);
            index++;
        }
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(Recommendation::label);
        recommendation.setId("recommendation");
        recommendation.setValue(page.mine().recommendation());
        saveDraft.setId("save-draft");
        saveDraft.addClickListener(click -> save(false));
        submit.setId("submit-scorecard");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(click -> save(true));
        Div actions = new Div(saveDraft, submit);
        actions.addClassName("requisition-filters");
        form.add(recommendation, actions);
        return form;
    }

    private Div submitted(ReviewerPage page) {
        Div done = new Div();
        done.setId("scorecard-done");
        done.add(new H3("Your scorecard (submitted)"), ScorecardPanels.scorecard(page.mine()));
        H3 others = new H3("The other reviewers");
        done.add(others);
        List<ReviewScorecard> theirs = page.others();
        if (theirs.isEmpty()) {
            done.add(new Paragraph("No other reviewer has submitted a scorecard yet."));
        } else {
            done.add(ScorecardPanels.scorecards(theirs));
        }
        return done;
    }

    ScorecardEntry entry() {
        return new ScorecardEntry(ratings.entrySet().stream().map(rating -> new CriterionRating(rating.getKey(),
                rating.getValue().getValue(), notesOn(rating.getKey()))).toList(), recommendation.getValue());
    }

    private String notesOn(String criterion) {
        TextArea note = notes.get(criterion);
        return note == null ? "" : note.getValue();
    }

    /** Marks each notes field the rule refuses (too long, an invisible character); true when any is. */
    private boolean notesRefused() {
        boolean refused = false;
        for (var entry : notes.entrySet()) {
            refused |= TextLimit.refusedOn(entry.getValue(),
                    CriterionRating.notesProblem(entry.getKey(), entry.getValue().getValue()));
        }
        return refused;
    }

    void save(boolean final_) {
        ratings.values().forEach(field -> field.setInvalid(false));
        recommendation.setInvalid(false);
        if (notesRefused()) {
            return;
        }
        try {
            ReviewScorecard saved = final_ ? scorecards.submit(applicationId, version, entry())
                    : scorecards.saveDraft(applicationId, version, entry());
            version = saved.version();
            Notification.show(final_ ? "Scorecard submitted." : "Draft saved.", 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            if (final_) {
                render(scorecards.reviewerPage(applicationId));
            }
        } catch (IncompleteScorecardException incomplete) {
            incomplete.problems().forEach((key, problem) -> {
                if (IncompleteScorecardException.RECOMMENDATION.equals(key)) {
                    recommendation.setErrorMessage(problem);
                    recommendation.setInvalid(true);
                } else if (ratings.containsKey(key)) {
                    ratings.get(key).setErrorMessage(problem);
                    ratings.get(key).setInvalid(true);
                }
            });
            Notification.show("Rate every criterion and give a recommendation before submitting; "
                    + "what you typed is kept.", 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        } catch (DomainException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
