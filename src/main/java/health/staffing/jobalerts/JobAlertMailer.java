package health.staffing.jobalerts;

import health.staffing.requisitions.SearchablePosting;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes and sends one person's job alert: each saved search with its new roles and their links, the
 * whole search on the board, and a link that stops that search's alerts without signing in (also in
 * the {@code List-Unsubscribe} header, which mail programs show as an "Unsubscribe" button).
 */
@Component
class JobAlertMailer {

    static final String UNSUBSCRIBE_ROUTE = "job-alerts/unsubscribe/";
    static final String SAVED_SEARCHES_ROUTE = "jobs/saved-searches";

    /** Messages per connection to the mail server. */
    static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(JobAlertMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    JobAlertMailer(ObjectProvider<JavaMailSender> mailSender, @Value("${portal.mail.enabled:true}") boolean enabled,
            @Value("${portal.mail.from}") String from, @Value("${portal.base-url}") String baseUrl) {
        this.mailSender = mailSender;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl.replaceFirst("/+$", "");
    }

    /**
     * Sends the alerts, {@value #BATCH} to a connection to the mail server (a sweep may mail tens of
     * thousands of people); returns how many the server accepted. Failures are logged, one line per batch.
     */
    int sendAll(Collection<JobAlert> alerts) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (!enabled || sender == null) {
            log.debug("Mail disabled: {} job alerts not emailed", alerts.size());
            return 0;
        }
        int sent = 0;
        List<MimeMessage> batch = new ArrayList<>(BATCH);
        for (JobAlert alert : alerts) {
            try {
                batch.add(message(sender, alert));
            } catch (MessagingException | RuntimeException e) {
                log.warn("Could not write the job alert to {}: {}", alert.username(),
                        NestedExceptionUtils.getMostSpecificCause(e).toString());
            }
            if (batch.size() == BATCH) {
                sent += send(sender, batch);
                batch.clear();
            }
        }
        return batch.isEmpty() ? sent : sent + send(sender, batch);
    }

    private static int send(JavaMailSender sender, List<MimeMessage> batch) {
        try {
            sender.send(batch.toArray(MimeMessage[]::new));
            return batch.size();
        } catch (MailSendException e) {
            log.warn("{} of {} job alerts were not accepted by the mail server: {}", e.getFailedMessages().size(),
                    batch.size(), NestedExceptionUtils.getMostSpecificCause(e).toString());
            return batch.size() - e.getFailedMessages().size();
        } catch (MailException e) {
            log.warn("Could not email {} job alerts: {}", batch.size(),
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
            return 0;
        }
    }

    private MimeMessage message(JavaMailSender sender, JobAlert alert) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(alert.address());
        helper.setSubject(subject(alert));
        helper.setText(text(alert));
        message.setHeader("List-Unsubscribe", "<" + unsubscribeLink(alert) + ">");
        return message;
    }

    static String subject(JobAlert alert) {
        int roles = alert.postingCount();
        String subject = alert.searches().size() == 1 && roles == 1
                ? "New role for “" + alert.searches().getFirst().name() + "”: "
                        + alert.searches().getFirst().postings().getFirst().title()
                : roles + " new roles match your saved " + (alert.searches().size() == 1
                        ? "search “" + alert.searches().getFirst().name() + "”" : "searches");
        return "[Staffing Portal] " + subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ");
    }

    String text(JobAlert alert) {
        StringBuilder text = new StringBuilder("Dear ").append(alert.displayName()).append(",\n\n");
        for (JobAlert.Found found : alert.searches()) {
            int count = found.postings().size();
            text.append("Your saved search “").append(found.name()).append("” found ")
                    .append(count == 1 ? "a new role" : count + " new roles").append(":\n\n");
            for (SearchablePosting posting : found.postings()) {
                text.append("  • ").append(posting.title()).append(" (").append(posting.reference()).append(") — ")
                        .append(posting.location());
                if (posting.payRange() != null) {
                    text.append(" — ").append(posting.payRange());
                }
                text.append("\n    ").append(link("jobs/" + posting.reference())).append('\n');
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
