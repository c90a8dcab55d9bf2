package health.staffing.jobalerts;

import health.staffing.base.mail.OutgoingMail;
import health.staffing.requisitions.SearchablePosting;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes one person's job alert: each saved search with its new roles and their links, the whole
 * search on the board, and a link that stops that search's alerts without signing in (also in the
 * {@code List-Unsubscribe} header, which mail programs show as an "Unsubscribe" button). The sweep
 * queues it in the mail outbox in its own transaction; the outbox sends it.
 */
@Component
class JobAlertMailer {

    static final String UNSUBSCRIBE_ROUTE = "job-alerts/unsubscribe/";
    static final String SAVED_SEARCHES_ROUTE = "jobs/saved-searches";
    static final String KIND = "JOB_ALERT";

    /** Roles listed per search; the rest are one link away ("and 12 more on the job board"). */
    static final int LISTED_PER_SEARCH = 25;

    private final String baseUrl;

    JobAlertMailer(@Value("${portal.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceFirst("/+$", "");
    }

    OutgoingMail mail(JobAlert alert) {
        return new OutgoingMail(KIND, alert.address(), subject(alert), text(alert), unsubscribeLink(alert), null);
    }

    static String subject(JobAlert alert) {
        int roles = alert.postingCount();
        String subject = alert.searches().size() == 1 && roles == 1
                ? "New role for “" + alert.searches().getFirst().name() + "”: "
                        + alert.searches().getFirst().postings().getFirst().title()
                : roles + " new roles match your saved " + (alert.searches().size() == 1
                        ? "search “" + alert.searches().getFirst().name() + "”" : "searches");
        return "[Staffing Portal] " + subject; // OutgoingMail keeps any line break out of the header
    }

    String text(JobAlert alert) {
        StringBuilder text = new StringBuilder("Dear ").append(alert.displayName()).append(",\n\n");
        for (JobAlert.Found found : alert.searches()) {
            int count = found.postings().size();
            text.append("Your saved search “").append(found.name()).append("” found ")
                    .append(count == 1 ? "a new role" : count + " new roles").append(":\n\n");
            for (SearchablePosting posting : found.postings().subList(0, Math.min(count, LISTED_PER_SEARCH))) {
                text.append("  • ").append(posting.title()).append(" (").append(posting.reference()).append(") — ")
                        .append(posting.location());
                if (posting.payRange() != null) {
                    text.append(" — ").append(posting.payRange());
                }
                text.append("\n    ").append(link("jobs/" + posting.reference())).append('\n');
            }
            if (count > LISTED_PER_SEARCH) {
                text.append("  … and ").append(count - LISTED_PER_SEARCH).append(" more on the job board.\n");
            }
            text.append("\n  Every role this search finds: ").append(boardLink(found.boardParameters()))
                    .append("\n  Stop these alerts: ").append(link(UNSUBSCRIBE_ROUTE + found.unsubscribeToken()))
                    .append("\n\n");
        }
        return text.append("--\nLeadership Staffing Portal. You receive this because you saved these searches with")
                .append(" email alerts. Change or delete them: ").append(link(SAVED_SEARCHES_ROUTE)).append('\n')
                .toString();
    }

    private String unsubscribeLink(JobAlert alert) {
        return alert.searches().size() == 1 ? link(UNSUBSCRIBE_ROUTE + alert.searches().getFirst().unsubscribeToken())
                : link(SAVED_SEARCHES_ROUTE);
    }

    private String boardLink(Map<String, String> parameters) {
        return link("jobs") + (parameters.isEmpty() ? "" : "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private String link(String route) {
        return baseUrl + "/" + route;
    }
}
