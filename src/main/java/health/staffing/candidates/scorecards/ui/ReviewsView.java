package health.staffing.candidates.scorecards.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import health.staffing.base.Dates;
import health.staffing.base.ui.component.Badge;
import health.staffing.candidates.scorecards.MyReview;
import health.staffing.candidates.scorecards.ScorecardService;
import health.staffing.candidates.ui.StageTone;
import jakarta.annotation.security.PermitAll;

/**
 * The applications the signed-in person was asked to score, whoever they are: hiring committees
 * are made of caregivers. Each row opens the scorecard; names are aliases in a blind first pass.
 */
@Route("reviews")
@PageTitle("Reviews")
@Menu(order = 1.7, icon = "vaadin:star-half-left-o", title = "Reviews")
@PermitAll
class ReviewsView extends Main {

    final Grid<MyReview> grid = new Grid<>();

    ReviewsView(ScorecardService scorecards) {
        addClassNames("page", "reviews-view");
        Paragraph intro = new Paragraph("Applications you were asked to score. Your scores stay private, and you see "
                + "the other reviewers' scorecards once you have submitted yours.");
        intro.addClassName("panel-description");
        grid.setId("my-reviews");
        grid.addComponentColumn(r -> new RouterLink(r.candidateName(), ScorecardView.class,
                ScorecardView.parameters(r.applicationId()))).setHeader("Candidate").setAutoWidth(true);
        grid.addColumn(r -> r.reference() + " · " + r.title()).setHeader("Role").setFlexGrow(2);
        grid.addComponentColumn(r -> new Badge(r.stage().label(), StageTone.of(r.stage())))
                .setHeader("Stage").setAutoWidth(true);
        grid.addComponentColumn(r -> new Badge(r.submitted() ? "Submitted" : "To score",
                r.submitted() ? "success" : "warning")).setHeader("Your scorecard").setAutoWidth(true);
        grid.addColumn(r -> Dates.day(r.assignedAt())).setHeader("Assigned").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText("Nobody has asked you to review an application.");
        grid.setItems(query -> scorecards.myReviews(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) scorecards.countMyReviews());
        add(new H2("Reviews"), intro, grid);
    }
}
