package health.staffing.jobalerts;

import health.staffing.base.mail.MailOutbox;
import health.staffing.requisitions.AlertFrequency;
import health.staffing.requisitions.EducationLevel;
import health.staffing.requisitions.EmploymentType;
import health.staffing.requisitions.JobBoardService;
import health.staffing.requisitions.JobPlace;
import health.staffing.requisitions.JobSearch;
import health.staffing.requisitions.SearchablePosting;
import health.staffing.security.SystemActor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the postings that went live since the last sweep of a frequency and emails each person whose
 * saved searches match them — one mail per person, listing every search that found something.
 * <p>
 * Matching does not query per person or per posting: the new postings' facts are read once (a
 * handful of rows and their words), the saved searches of the frequency are streamed once, and
 * each search is matched against the new postings in memory ({@link SearchablePosting#matches}), so
 * a sweep is a fixed number of queries whether 100 or 100,000 people saved searches. A posting is
 * considered once per frequency ({@code job_alert_posting}); a search only hears of postings that
 * went live after it was saved. The sweep's row is locked while it runs, so two servers never send
 * the same alert twice. The mails are queued in the mail outbox in the sweep's transaction, so the
 * postings are marked as swept exactly when their alerts exist; the outbox sends and retries them.
 */
@Component
public class JobAlertSweep {

    /** What one sweep did, for the log and the benchmark; {@code peopleAlerted} mails were queued. */
    public record Result(int newPostings, int searchesRead, int searchesMatched, int peopleAlerted, int withoutAddress) {
    }

    private static final Logger log = LoggerFactory.getLogger(JobAlertSweep.class);
    private static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JobBoardService board;
    private final JobAlertMailer mailer;
    private final MailOutbox outbox;
    private final Clock clock;

    JobAlertSweep(DataSource dataSource, TransactionTemplate transaction, JobBoardService board, JobAlertMailer mailer,
            MailOutbox outbox, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.transaction = transaction;
        this.board = board;
        this.mailer = mailer;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Sweeps one frequency: records what it found and queues the mails, in one transaction. The schedule calls it
     * ({@link JobAlertSchedule}); the end-to-end journey calls it instead of waiting a minute.
     */
    public Result sweep(AlertFrequency frequency) {
        Sweep sweep = Objects.requireNonNull(SystemActor.call(() -> transaction.execute(status -> collect(frequency))));
        Result result = new Result(sweep.newPostings(), sweep.searchesRead(), sweep.searchesMatched(),
                sweep.alerts().size(), sweep.withoutAddress());
        if (result.newPostings() > 0) {
            log.info("Job alerts ({}): {} new postings, {} saved searches read, {} matched, {} people alerted, {} without"
                    + " an email address", frequency, result.newPostings(), result.searchesRead(),
                    result.searchesMatched(), result.peopleAlerted(), result.withoutAddress());
        }
        return result;
    }

    private Sweep collect(AlertFrequency frequency) {
        Instant now = clock.instant();
        // Waits for a sweep of the same frequency on another server, which then has recorded its postings.
        jdbc.queryForList("select frequency from job_alert_sweep where frequency = ? for update", String.class,
                frequency.name());
        Set<Long> fresh = new HashSet<>(board.liveRequisitionIds());
        fresh.removeAll(jdbc.queryForList("select requisition_id from job_alert_posting where frequency = ?",
                Long.class, frequency.name()));
        Sweep sweep = new Sweep();
        if (!fresh.isEmpty()) {
            List<SearchablePosting> postings = board.searchable(fresh);
            sweep.newPostings = postings.size();
            Instant latest = postings.stream().map(SearchablePosting::liveFrom).max(Instant::compareTo).orElse(now);
            Map<Long, Integer> matchedSearches = new LinkedHashMap<>();
            jdbc.query("""
                    select s.id, s.username, s.name, s.keywords, s.near, s.radius_miles, s.centre_latitude,
                           s.centre_longitude, s.category, s.employment_type, s.education, s.experience_years,
                           s.salary_at_least, s.unsubscribe_token, s.created_at, u.display_name, e.email
                      from saved_search s
                      join app_user u on u.username = s.username and u.enabled = true
                      left join employee e on e.id = u.employee_id
                     where s.frequency = ? and s.created_at < ?
                    """, rs -> {
                sweep.searchesRead++;
                match(rs, postings, sweep, matchedSearches);
            }, frequency.name(), Timestamp.from(latest));
            jdbc.batchUpdate("insert into job_alert_posting (requisition_id, frequency, swept_at) values (?, ?, ?)",
                    fresh.stream().map(id -> new Object[] {id, frequency.name(), Timestamp.from(now)}).toList());
            jdbc.batchUpdate("update saved_search set last_alerted_at = ?, alerts_sent = alerts_sent + ? where id = ?",
                    matchedSearches.entrySet().stream()
                            .map(e -> new Object[] {Timestamp.from(now), e.getValue(), e.getKey()}).toList());
            sweep.searchesMatched = matchedSearches.size();
            outbox.enqueueAll(sweep.alerts.values().stream().map(mailer::mail).toList());
        }
        jdbc.update("update job_alert_sweep set last_run_at = ? where frequency = ?", Timestamp.from(now),
                frequency.name());
        return sweep;
    }

    private static void match(ResultSet rs, List<SearchablePosting> postings, Sweep sweep,
            Map<Long, Integer> matchedSearches) throws SQLException {
        JobSearch search = search(rs);
        JobPlace centre = centre(rs);
        Instant savedAt = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        List<SearchablePosting> found = new ArrayList<>();
        for (SearchablePosting posting : postings) {
            if (savedAt.isBefore(posting.liveFrom()) && posting.matches(search, centre)) {
                found.add(posting);
            }
        }
        if (found.isEmpty()) {
            return;
        }
        String address = rs.getString("email");
        if (address == null || address.isBlank()) {
            sweep.withoutAddress++;
            return;
        }
        matchedSearches.put(rs.getLong("id"), found.size());
        String username = rs.getString("username");
        String displayName = rs.getString("display_name");
        JobAlert alert = sweep.alerts.computeIfAbsent(username,
                name -> new JobAlert(name, address, displayName, new ArrayList<>()));
        alert.searches().add(new JobAlert.Found(rs.getString("name"), rs.getString("unsubscribe_token"),
                search.boardParameters(), found));
    }

    private static JobSearch search(ResultSet rs) throws SQLException {
        String type = rs.getString("employment_type");
        String education = rs.getString("education");
        return new JobSearch(rs.getString("keywords"), rs.getString("near"), integer(rs, "radius_miles"),
                rs.getString("category"), type == null ? null : EmploymentType.valueOf(type),
                education == null ? null : EducationLevel.valueOf(education), integer(rs, "experience_years"), null,
                rs.getBigDecimal("salary_at_least"), null);
    }

    private static @Nullable JobPlace centre(ResultSet rs) throws SQLException {
        double latitude = rs.getDouble("centre_latitude");
        if (rs.wasNull()) {
            return null;
        }
        String near = Objects.requireNonNullElse(rs.getString("near"), "");
        return new JobPlace(near, near, near, "", null, latitude, rs.getDouble("centre_longitude"));
    }

    private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** What the transaction collected and queued. */
    private static final class Sweep {
        private int newPostings;
        private int searchesRead;
        private int searchesMatched;
        private int withoutAddress;
        private final Map<String, JobAlert> alerts = new LinkedHashMap<>();

        int newPostings() {
            return newPostings;
        }

        int searchesRead() {
            return searchesRead;
        }

        int searchesMatched() {
            return searchesMatched;
        }

        int withoutAddress() {
            return withoutAddress;
        }

        Map<String, JobAlert> alerts() {
            return alerts;
        }
    }
}
