package health.staffing.candidates;

import java.util.List;

/**
 * The interviews a person sits on the panel of, for home's "My interviews": declared here and
 * implemented by the interviews sub-module, so other features read them through the candidates API.
 */
public interface PanelInterviews {

    /** A coming interview as home lists it; selecting it opens the application's scorecard. */
    record Upcoming(long interviewId, long applicationId, String reference, String title, String candidateName,
            String when, String where) {
    }

    /** The signed-in person's coming interviews as a panel member, soonest first (none on their own candidacies). */
    List<Upcoming> upcomingOnMyPanels();
}
