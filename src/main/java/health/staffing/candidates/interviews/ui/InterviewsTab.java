package health.staffing.candidates.interviews.ui;

import com.vaadin.flow.component.Component;
import health.staffing.candidates.ApplicationDetail;
import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.interviews.InterviewService;
import health.staffing.candidates.ui.ApplicationTab;
import health.staffing.security.UserAccountService;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.core.annotation.Order;

/** The "Interviews" tab of an application in Interview or Finalist (and of any that had interviews). */
@org.springframework.stereotype.Component
@Order(35)
class InterviewsTab implements ApplicationTab {

    private static final Set<ApplicationStage> INTERVIEWING = EnumSet.of(ApplicationStage.INTERVIEW,
            ApplicationStage.FINALIST);

    private final InterviewService interviews;
    private final UserAccountService accounts;
    private final Clock clock;

    InterviewsTab(InterviewService interviews, UserAccountService accounts, Clock clock) {
        this.interviews = interviews;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "interviews";
    }

    @Override
    public String label() {
        return "Interviews";
    }

    @Override
    public boolean appliesTo(ApplicationDetail application) {
        return INTERVIEWING.contains(application.stage()) || !interviews.forApplication(application.id()).isEmpty();
    }

    @Override
    public Component content(ApplicationDetail application, Runnable onChange) {
        return new InterviewPanel(interviews, accounts, clock, application);
    }
}
