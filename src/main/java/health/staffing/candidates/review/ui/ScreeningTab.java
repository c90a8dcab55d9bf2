package health.staffing.candidates.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import health.staffing.base.ui.component.Badge;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.review.ScreeningService;
import health.staffing.candidates.screening.CriterionResult;
import health.staffing.candidates.screening.ScreeningResult;
import health.staffing.candidates.ui.ApplicationTab;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The Screening tab of /candidates/{id}: each minimum qualification of the posting with its outcome
 * today (met, expiring, not met) and why, from the credentials the candidate declared.
 */
@org.springframework.stereotype.Component
@Order(10)
class ScreeningTab implements ApplicationTab {

    private final ScreeningService screening;

    ScreeningTab(ScreeningService screening) {
        this.screening = screening;
    }

    @Override
    public String key() {
        return "screening";
    }

    @Override
    public String label() {
        return "Screening";
    }

    @Override
    public boolean appliesTo(ApplicationDetail application) {
        return true;
    }

    @Override
    public Component content(ApplicationDetail application, Runnable onChange) {
        Div panel = new Div();
        panel.setId("application-screening");
        panel.addClassNames("panel", "screening-panel");
        Optional<ScreeningResult> result = screening.screening(application.id());
        if (result.isEmpty()) {
            panel.add(new H3("Screening criteria"),
                    new Paragraph("Requisition " + application.reference() + " has no published posting to screen against."));
            return panel;
        }
        ScreeningResult r = result.get();
        Span overall = CandidateReviewView.criteriaBadge(r.overall());
        overall.setId("screening-overall");
        Div heading = new Div(new H3("Screening criteria"), overall);
        heading.addClassName("screening-heading");
        Paragraph description = new Paragraph("The posting's minimum qualifications checked against the credentials "
                + "the candidate declared. A credential that lapses within " + screening.expiringWithinDays()
                + " days shows as expiring.");
        description.addClassName("panel-description");
        panel.add(heading, description);
        if (r.criteria().isEmpty()) {
            panel.add(new Paragraph("The posting names no typed minimum qualifications."));
            return panel;
        }
        Div list = new Div();
        list.setId("screening-criteria");
        list.addClassName("screening-criteria");
        for (CriterionResult criterion : r.criteria()) {
            Span label = new Span(criterion.label());
            label.addClassName("screening-label");
            Span detail = new Span(criterion.detail());
            detail.addClassName("screening-detail");
            Div row = new Div(new Badge(criterion.verdict(), criterion.tone()), label, detail);
            row.addClassName("screening-criterion");
            list.add(row);
        }
        panel.add(list);
        return panel;
    }
}
