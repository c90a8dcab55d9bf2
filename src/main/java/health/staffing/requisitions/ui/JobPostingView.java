package health.staffing.requisitions.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import health.staffing.base.Dates;
import health.staffing.requisitions.ApplicantCounts;
import health.staffing.requisitions.PostingBadges;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;

/** A live posting exactly as it was published, at its stable address {@code /jobs/102619}. */
@Route("jobs/:reference(\\d+)")
@PermitAll
class JobPostingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PostingService postings;
    private final RequisitionService requisitions;
    private final ObjectProvider<ApplicantCounts> applicantCounts;
    private final Clock clock;
    final PostingPreview preview = new PostingPreview();
    final Span applicants = new Span();
    private String title = "Posting";

    JobPostingView(PostingService postings, RequisitionService requisitions,
            ObjectProvider<ApplicantCounts> applicantCounts, Clock clock) {
        this.postings = postings;
        this.clock = clock;
        this.requisitions = requisitions;
        this.applicantCounts = applicantCounts;
        applicants.setId("applicant-count");
        addClassNames("page", "job-posting-view");
        preview.setId("job-posting");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElseThrow();
        PublishedPosting posting = postings.liveByReference(reference).orElse(null);
        if (posting == null) {
            event.rerouteToError(NotFoundException.class, "Job " + reference + " is not open.");
            return;
        }
        title = posting.title();
        removeAll();
        Anchor back = new Anchor("jobs", "← All open roles");
        Span published = new Span("Posted " + Dates.moment(posting.publishedAt())
                + (posting.number() > 1 ? " · updated (version " + posting.number() + ")" : ""));
        published.addClassName("panel-description");
        Div card = new Div(preview);
        card.addClassName("panel");
        preview.show(posting.document());
        // Applying lives in the candidates feature: a plain link keeps requisitions independent of it.
        Anchor apply = new Anchor("jobs/" + reference + "/apply", "Apply");
        apply.setId("apply-link");
        apply.addClassName("apply-link");
        Div top = new Div(back, published);
        Optional<Instant> appliedOn = Optional.empty();
        ApplicantCounts counts = applicantCounts.getIfAvailable();
        OptionalLong count = counts == null ? OptionalLong.empty()
                : counts.applicantsFor(posting.requisitionId(), reference);
        if (count.isPresent()) {
            applicants.setText(count.getAsLong() + (count.getAsLong() == 1 ? " applicant" : " applicants"));
            applicants.addClassName("panel-description");
            top.add(applicants);
        } else {
            // Caregivers learn when, not how many: the count is for HR and the hiring team.
            PostingBadges.of(postings.firstPublishedAt(posting.requisitionId()).orElse(posting.publishedAt()),
                    posting.closeDate(), clock.instant(), LocalDate.now(clock))
                    .forEach(text -> top.add(JobBoardView.badge(text)));
        }
        if (counts != null) {
            appliedOn = counts.myApplicationDate(reference);
        }
        Optional<String> notForYou = requisitions.team(posting.requisitionId())
                .flatMap(team -> team.whyNotApply(CurrentUser.username()));
        if (appliedOn.isPresent()) {
            Anchor applied = new Anchor("my-applications",
                    "You applied on " + Dates.day(appliedOn.get()));
            applied.setId("applied-on");
            top.add(applied);
        } else if (notForYou.isPresent()) {
            Span refusal = new Span(notForYou.get());
            refusal.setId("not-for-you");
            refusal.addClassName("notice");
            top.add(refusal);
        } else {
            top.add(apply);
        }
        // Referring lives in the candidates feature too: a plain link, like Apply.
        Anchor refer = new Anchor("jobs/" + reference + "/refer", "Refer a colleague");
        refer.setId("refer-link");
        top.add(refer);
        top.addClassName("requisition-subtitle");
        add(top, card);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
