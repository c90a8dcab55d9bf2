package health.staffing.candidates.interviews.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import health.staffing.candidates.interviews.InterviewService;
import health.staffing.candidates.interviews.InterviewSummary;
import health.staffing.candidates.ui.MyApplicationSection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;

/** The caregiver's coming interviews on their application card: when, where, the video link and the panel. */
@org.springframework.stereotype.Component
@Order(5)
class MyInterviewsSection implements MyApplicationSection {

    private final InterviewService interviews;

    MyInterviewsSection(InterviewService interviews) {
        this.interviews = interviews;
    }

    @Override
    public LongFunction<Optional<Component>> forMyApplications(Runnable onChange) {
        Map<Long, List<InterviewSummary>> byApplication = interviews.myInterviewsAsCandidate().stream()
                .collect(Collectors.groupingBy(InterviewSummary::applicationId));
        return applicationId -> Optional.ofNullable(byApplication.get(applicationId)).map(MyInterviewsSection::box);
    }

    private static Component box(List<InterviewSummary> coming) {
        Div box = new Div(new H3(coming.size() == 1 ? "Your interview" : "Your interviews"));
        box.addClassName("my-interviews");
        for (InterviewSummary interview : coming) {
            Div one = new Div();
            one.setId("my-interview-" + interview.id());
            one.addClassName("my-interview");
            one.add(new Paragraph(interview.when() + (interview.location() == null ? "" : " · " + interview.location())));
            if (interview.videoLink() != null) {
                Anchor link = new Anchor(interview.videoLink(), "Join the video call");
                link.setTarget(AnchorTarget.BLANK);
                one.add(link);
            }
            one.add(new Paragraph("With " + String.join(", ", interview.panel())
                    + ". The invitation with a calendar file is in your email."));
            box.add(one);
        }
        return box;
    }
}
