package health.staffing.candidates.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import health.staffing.base.Dates;
import health.staffing.base.ui.component.Badge;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.RequisitionPipeline;
import health.staffing.candidates.review.ReviewRow;
import health.staffing.candidates.ui.StageTone;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.requisitions.RequisitionTab;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.annotation.Order;

/**
 * The "Candidates" tab of a requisition: how many applications stand at each stage, the newest ones
 * linking to their detail, the way into the full review grid and, for HR, adding an external
 * candidate. Shown to HR and the requisition's hiring team only (the review service's row rule);
 * the CMO office and finance see requisitions but not their candidates.
 */
@org.springframework.stereotype.Component
@Order(20)
class RequisitionCandidatesTab implements RequisitionTab {

    /** Enough to see who is new; the grid behind "Open in candidate review" has the rest. */
    static final int RECENT = 10;
    private static final Set<RequisitionStatus> HAS_CANDIDATES = EnumSet.of(RequisitionStatus.POSTED,
            RequisitionStatus.ON_HOLD, RequisitionStatus.FILLED, RequisitionStatus.CANCELLED);

    private final CandidateReviewService review;

    RequisitionCandidatesTab(CandidateReviewService review) {
        this.review = review;
    }

    @Override
    public String key() {
        return "candidates";
    }

    @Override
    public String label() {
        return "Candidates";
    }

    @Override
    public boolean appliesTo(RequisitionDetails requisition) {
        // The role check first: the review service refuses anyone else outright.
        return HAS_CANDIDATES.contains(requisition.status())
                && (CurrentUser.isHr() || CurrentUser.hasRole(AppRoles.HIRING_MANAGER))
                && review.reviews(requisition.id());
    }

    @Override
    public Component content(RequisitionDetails requisition, Runnable onChange) {
        Div content = new Div();
        content.setId("requisition-candidates");
        content.addClassName("panel");
        RequisitionPipeline pipeline = review.pipeline(requisition.id(), RECENT).orElse(null);
        if (pipeline == null) {
            content.add(new Paragraph("You do not review this requisition's candidates."));
            return content;
        }
        Div stages = new Div();
        stages.setId("candidates-per-stage");
        stages.addClassName("requisition-subtitle");
        Span total = new Span(pipeline.total() + (pipeline.total() == 1 ? " application" : " applications"));
        total.setId("candidates-total");
        stages.add(total);
        pipeline.perStage().forEach((stage, count) -> stages.add(
                new Badge(stageCount(stage, count), StageTone.of(stage))));

        RouterLink openReview = new RouterLink("Open in candidate review", CandidateReviewView.class);
        openReview.setQueryParameters(QueryParameters.of("ref", requisition.reference()));
        openReview.setId("open-candidate-review");
        Div actions = new Div(openReview);
        actions.addClassName("requisition-subtitle");
        if (CurrentUser.isHr() && requisition.status() == RequisitionStatus.POSTED) {
            Button add = new Button("Add external candidate", VaadinIcon.PLUS.create(), e -> e.getSource().getUI()
                    .ifPresent(ui -> ui.navigate(ExternalCandidateView.class,
                            QueryParameters.of("ref", requisition.reference()))));
            add.setId("requisition-add-external-candidate");
            actions.add(add);
        }
        content.add(stages, actions);

        if (pipeline.recent().isEmpty()) {
            content.add(new Paragraph("No applications yet."));
            return content;
        }
        UnorderedList list = new UnorderedList();
        list.setId("candidates-recent");
        list.addClassName("candidate-list");
        for (ReviewRow row : pipeline.recent()) {
            RouterLink name = new RouterLink(row.candidateName(), ApplicationDetailView.class,
                    ApplicationDetailView.parameters(row.id()));
            Span facts = new Span(" · " + (row.internal() ? "internal" : "external") + " · " + Dates.day(row.submittedAt())
                    + " · ");
            facts.addClassName("panel-description");
            list.add(new ListItem(name, facts, new Badge(row.stage().label(), StageTone.of(row.stage()))));
        }
        if (pipeline.total() > pipeline.recent().size()) {
            content.add(new Paragraph("The " + pipeline.recent().size() + " newest of " + pipeline.total() + ":"));
        }
        content.add(list);
        return content;
    }

    static String stageCount(ApplicationStage stage, long count) {
        return stage.label() + " " + count;
    }
}
