package health.staffing.jobalerts;

import health.staffing.IntegrationTest;
import health.staffing.base.mail.MailDispatcher;
import health.staffing.benchmark.TemplateRows;
import health.staffing.benchmark.Timings;
import health.staffing.requisitions.AlertFrequency;
import health.staffing.requisitions.PostingWords;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Prints what a job alert sweep costs at 100,000 employees, each with an account and a saved search
 * (half "as soon as posted", 40 % daily, 10 % no email; keywords, a radius around one of twelve
 * cities, a category, pay and other filters mixed as people set them), when 50 postings go live at
 * once; never part of {@code ./mvnw test}. Run with {@code ./mvnw test -Pbenchmark -Dtest=JobAlertBenchmark}
 * ({@code -Dbenchmark.db=h2|postgres} for one database).
 * <p>
 * It counts the SQL statements each sweep executes (a JDBC batch is one), to show that matching
 * does not query per person or per posting, times the sweep with 10,000 and with 100,000 active
 * searches, and then has the mail outbox build and "send" every queued mail through a sender that
 * serialises the message and counts it (no SMTP server: its speed is not the portal's). Its rows use ids, numbers and user
 * names of their own and are deleted at the end, so other benchmarks in the same database are untouched.
 */
@IntegrationTest
@Tag("benchmark")
@EnabledIf("health.staffing.benchmark.Timings#selected")
class JobAlertBenchmark {

    static final int PEOPLE = Integer.getInteger("benchmark.alert-people", 100_000);
    static final int NEW_POSTINGS = 50;
    private static final int ROUNDS = Integer.getInteger("benchmark.alert-rounds", 5);
    private static final long FIRST_EMPLOYEE = 80_000_000L;
    private static final long FIRST_ACCOUNT = 81_000_000L;
    private static final long FIRST_SEARCH = 82_000_000L;
    private static final long FIRST_REQUISITION = 83_000_000L;
    private static final long FIRST_POSTING = 84_000_000L;
    private static final long FIRST_VERSION = 85_000_000L;

    private static final String[] WORDS = {"quality", "medical director", "primary care", "oncology", "cardiology",
            "population health", "chief", "behavioral health", "surgery", "value-based care", "pediatrics",
            "utilization", "safety", "emergency"};
    private static final String[] AREAS = {"Primary Care", "Cardiology", "Oncology", "Behavioral Health",
            "Emergency Medicine", "Surgery", "Pediatrics", "Population Health", "Quality and Safety",
            "Hospital Medicine", "Value-Based Care", "Utilization Management"};
    private static final String[] RANKS = {"Chief Medical Officer", "Associate Chief Medical Officer",
            "Medical Director", "Senior Medical Director", "Physician Lead", "Vice President", "Chief of Service"};
    private static final String[] CATEGORIES = {"Physician Leadership", "Healthcare Management",
            "Administration and Operations", "Utilization Review and Case Management"};
    /** City, state, latitude, longitude. */
    private static final Object[][] CITIES = {{"Boston", "MA", 42.3601, -71.0589}, {"Somerville", "MA", 42.3876,
            -71.0995}, {"Worcester", "MA", 42.2751, -71.8070}, {"Springfield", "MA", 42.1015, -72.5898},
            {"Providence", "RI", 41.8240, -71.4128}, {"Middletown", "CT", 41.5623, -72.6506},
            {"Hartford", "CT", 41.7658, -72.6734}, {"New York", "NY", 40.7033, -74.0090},
            {"Albany", "NY", 42.6526, -73.7562}, {"Philadelphia", "PA", 39.9526, -75.1652},
            {"Portland", "ME", 43.6591, -70.2568}, {"Baltimore", "MD", 39.2904, -76.6122}};
    private static final String[] EDUCATION = {"BACHELOR", "MASTER", "DOCTORATE_MD_DO"};

    @TestConfiguration
    static class Instruments {

        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }

        /** Serialises each message as SMTP would and counts it, instead of talking to a server. */
        @Bean
        @Primary
        JavaMailSender countingMailSender() {
            return new CountingMailSender();
        }
    }

    static final class CountingMailSender extends JavaMailSenderImpl {
        final AtomicLong messages = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        @Override
        protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
            for (MimeMessage message : mimeMessages) {
                try {
                    message.saveChanges();
                    message.writeTo(new OutputStream() {
                        @Override
                        public void write(int b) {
                            bytes.incrementAndGet();
                        }

                        @Override
                        public void write(byte[] b, int off, int len) {
                            bytes.addAndGet(len);
                        }
                    });
                } catch (IOException | MessagingException e) {
                    throw new IllegalStateException(e);
                }
                messages.incrementAndGet();
            }
        }
    }

    @Autowired
    JobAlertSweep sweep;
    @Autowired
    DataSource dataSource;
    @Autowired
    JavaMailSender mail;
    @Autowired
    MailDispatcher dispatcher;

    private final Timings timings = new Timings();
    private final Random random = new Random(100_000L);

    @Test
    void a_sweep_at_a_hundred_thousand_employees() throws Exception {
        CountingMailSender sender = (CountingMailSender) mail;
        long started = System.nanoTime();
        long rows;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            rows = load(connection);
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        try (Connection connection = dataSource.getConnection()) {
            timings.line("");
            timings.line("Job alert benchmark on %s %s (%s), load average %s",
                    connection.getMetaData().getDatabaseProductName(),
                    connection.getMetaData().getDatabaseProductVersion(), connection.getMetaData().getURL(),
                    Timings.loadAverage());
        }
        timings.line("data: %,d employees with accounts and a saved search each (50 %% as soon as posted, 40 %% daily,"
                + " 10 %% no email), %,d postings going live at once; %,d rows loaded in %.1f s", PEOPLE, NEW_POSTINGS,
                rows, loadSeconds);
        timings.line("%d rounds per line (the new postings are made new again between rounds); stmts = SQL"
                + " statements executed by one sweep, a JDBC batch counting once; sweep = read, match, queue the mails in"
                + " the outbox and commit; send = the outbox dispatcher writes and serialises them, 100 per connection"
                + " and transaction", ROUNDS);
        timings.line("%-46s %9s %9s %9s %6s %11s %9s %9s %9s %9s", "sweep", "searches", "matched", "mails", "stmts",
                "sweep ms", "send ms", "p50 ms", "max ms", "mail MB");
        timings.line("-".repeat(130));

        // Only the benchmark's alerts are sent by its dispatcher rounds.
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from mail_outbox");
        }
        activate(10_000);
        measure("as soon as posted, " + String.format("%,d", count("IMMEDIATE")) + " active searches",
                AlertFrequency.IMMEDIATE, sender);
        activate(PEOPLE);
        measure("as soon as posted, " + String.format("%,d", count("IMMEDIATE")) + " active searches",
                AlertFrequency.IMMEDIATE, sender);
        measure("daily digest, " + String.format("%,d", count("DAILY")) + " active searches", AlertFrequency.DAILY,
                sender);
        // The every-minute sweep when nothing went live: what the schedule costs most of the time.
        sweep.sweep(AlertFrequency.IMMEDIATE);
        double[] idle = new double[ROUNDS * 4];
        long idleStatements = 0;
        for (int i = 0; i < idle.length; i++) {
            StatementCounter.EXECUTED.set(0);
            StatementCounter.counting = true;
            long start = System.nanoTime();
            sweep.sweep(AlertFrequency.IMMEDIATE);
            idle[i] = (System.nanoTime() - start) / 1e6;
            StatementCounter.counting = false;
            idleStatements = StatementCounter.EXECUTED.get();
        }
        Arrays.sort(idle);
        timings.line("%-46s %9s %9s %9s %6d %11s %9s %9.1f %9.1f %9s", "nothing new (the every-minute sweep)", "-",
                "-", "-", idleStatements, "-", "-", Timings.percentile(idle, 50), idle[idle.length - 1], "-");
        timings.line("-".repeat(130));
        timings.line("load average at the end: %s", Timings.loadAverage());
        timings.write("job-alerts");
        cleanUp();
    }

    private void measure(String name, AlertFrequency frequency, CountingMailSender sender) throws SQLException {
        double[] ms = new double[ROUNDS];
        double[] matching = new double[ROUNDS];
        double[] mailing = new double[ROUNDS];
        JobAlertSweep.Result result = null;
        long statements = 0;
        long mailBytes = 0;
        for (int round = 0; round < ROUNDS; round++) {
            makeNewAgain();
            sender.bytes.set(0);
            StatementCounter.EXECUTED.set(0);
            StatementCounter.counting = true;
            long start = System.nanoTime();
            result = sweep.sweep(frequency);
            long swept = System.nanoTime();
            StatementCounter.counting = false;
            statements = StatementCounter.EXECUTED.get();
            MailDispatcher.Sent sent = dispatcher.sendDue();
            long end = System.nanoTime();
            if (sent.sent() != result.peopleAlerted()) {
                throw new IllegalStateException(sent + " of " + result.peopleAlerted() + " queued alerts");
            }
            ms[round] = (end - start) / 1e6;
            matching[round] = (swept - start) / 1e6;
            mailing[round] = (end - swept) / 1e6;
            mailBytes = sender.bytes.get();
        }
        Arrays.sort(ms);
        Arrays.sort(matching);
        Arrays.sort(mailing);
        timings.line("%-46s %,9d %,9d %,9d %6d %11.1f %9.1f %9.1f %9.1f %9.1f", name, result.searchesRead(),
                result.searchesMatched(), result.peopleAlerted(), statements, Timings.percentile(matching, 50),
                Timings.percentile(mailing, 50), Timings.percentile(ms, 50), ms[ms.length - 1], mailBytes / 1e6);
    }

    /** Only the first {@code active} people's searches alert; the others are set to no email. */
    private void activate(int active) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement off = connection.prepareStatement(
                        "update saved_search set frequency = 'NONE' where id >= ? and id < ?");
                PreparedStatement on = connection.prepareStatement(
                        "update saved_search set frequency = case when mod(id, 10) < 5 then 'IMMEDIATE'"
                                + " when mod(id, 10) < 9 then 'DAILY' else 'NONE' end where id >= ? and id < ?")) {
            on.setLong(1, FIRST_SEARCH);
            on.setLong(2, FIRST_SEARCH + active);
            on.executeUpdate();
            off.setLong(1, FIRST_SEARCH + active);
            off.setLong(2, FIRST_SEARCH + PEOPLE);
            off.executeUpdate();
        }
    }

    /** The benchmark's postings are news again: forgotten by both alerts. */
    private void makeNewAgain() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forget = connection.prepareStatement(
                        "delete from job_alert_posting where requisition_id >= ? and requisition_id < ?")) {
            forget.setLong(1, FIRST_REQUISITION);
            forget.setLong(2, FIRST_REQUISITION + NEW_POSTINGS);
            forget.executeUpdate();
        }
    }

    private long count(String frequency) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from saved_search where frequency = ? and id >= ?")) {
            count.setString(1, frequency);
            count.setLong(2, FIRST_SEARCH);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long load(Connection connection) throws SQLException {
        long rows = 0;
        Instant now = Instant.now();
        // What is live before the benchmark is not news to anyone.
        try (Statement statement = connection.createStatement()) {
            for (String frequency : new String[] {"IMMEDIATE", "DAILY"}) {
                rows += statement.executeUpdate("insert into job_alert_posting (requisition_id, frequency, swept_at)"
                        + " select p.requisition_id, '" + frequency + "', current_timestamp from posting p"
                        + " where p.published_version is not null and not exists (select 1 from job_alert_posting j"
                        + " where j.requisition_id = p.requisition_id and j.frequency = '" + frequency + "')");
            }
        }
        long caregiver = single(connection, "select employee_id from app_user where username = 'caregiver'");
        long caregiverAccount = single(connection, "select id from app_user where username = 'caregiver'");
        rows += TemplateRows.of(connection, "employee", "id", caregiver).insert(connection, PEOPLE, (i, row) -> {
            row.put("id", FIRST_EMPLOYEE + i);
            row.put("employee_number", "JA" + i);
            row.put("given_name", "Alert" + i);
            row.put("family_name", "Watcher" + (i % 5_000));
            row.put("email", "alert" + i + "@bench.example");
        });
        rows += TemplateRows.of(connection, "app_user", "id", caregiverAccount).insert(connection, PEOPLE, (i, row) -> {
            row.put("id", FIRST_ACCOUNT + i);
            row.put("username", "alert" + i);
            row.put("display_name", "Alert" + i + " Watcher" + (i % 5_000));
            row.put("employee_id", FIRST_EMPLOYEE + i);
            if (row.containsKey("external_id")) {
                row.put("external_id", null);
            }
        });
        rows += savedSearches(connection, now);
        rows += postings(connection, now);
        return rows;
    }

    private long savedSearches(Connection connection, Instant now) throws SQLException {
        OffsetDateTime saved = now.minus(30, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC);
        String sql = "insert into saved_search (id, version, created_at, created_by, modified_at, modified_by, username,"
                + " name, keywords, near, place_label, radius_miles, centre_latitude, centre_longitude, category,"
                + " employment_type, education, experience_years, salary_at_least, frequency, unsubscribe_token,"
                + " alerts_sent) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NONE', ?, 0)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < PEOPLE; i++) {
                long id = FIRST_SEARCH + i;
                Object[] city = random.nextInt(100) < 50 ? CITIES[random.nextInt(CITIES.length)] : null;
                insert.setLong(1, id);
                insert.setObject(2, saved);
                insert.setString(3, "alert" + i);
                insert.setObject(4, saved);
                insert.setString(5, "alert" + i);
                insert.setString(6, "alert" + i);
                insert.setString(7, "My search " + i);
                insert.setString(8, random.nextInt(100) < 40 ? WORDS[random.nextInt(WORDS.length)] : null);
                insert.setString(9, city == null ? null : city[0] + ", " + city[1]);
                insert.setString(10, city == null ? null : city[0] + ", " + city[1]);
                insert.setObject(11, city == null ? null : 10 + random.nextInt(10) * 10, java.sql.Types.INTEGER);
                insert.setObject(12, city == null ? null : city[2], java.sql.Types.DOUBLE);
                insert.setObject(13, city == null ? null : city[3], java.sql.Types.DOUBLE);
                insert.setString(14, random.nextInt(100) < 40 ? CATEGORIES[random.nextInt(CATEGORIES.length)] : null);
                insert.setString(15, random.nextInt(100) < 10 ? "FULL_TIME" : null);
                insert.setString(16, random.nextInt(100) < 20 ? EDUCATION[random.nextInt(EDUCATION.length)] : null);
                insert.setObject(17, random.nextInt(100) < 20 ? 5 + random.nextInt(15) : null, java.sql.Types.INTEGER);
                insert.setBigDecimal(18, random.nextInt(100) < 15 ? BigDecimal.valueOf(200_000 + random.nextInt(20) * 10_000)
                        : null);
                insert.setString(19, "bench-token-" + id + "-" + "x".repeat(20));
                insert.addBatch();
                if (i % 2_000 == 1_999) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return PEOPLE;
    }

    /** 50 postings copied from the demo's seed 002 (requisition, posting, published version and words). */
    private long postings(Connection connection, Instant now) throws SQLException {
        long template = single(connection, "select min(requisition_id) from posting where published_version is not null");
        long postingId = single(connection, "select id from posting where requisition_id = " + template);
        long versionId = single(connection, "select max(id) from posting_version where requisition_id = " + template);
        String document;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select document from posting_version where id = " + versionId)) {
            row.next();
            document = row.getString(1);
        }
        String[] titles = new String[NEW_POSTINGS];
        Object[][] places = new Object[NEW_POSTINGS][];
        for (int i = 0; i < NEW_POSTINGS; i++) {
            titles[i] = RANKS[random.nextInt(RANKS.length)] + ", " + AREAS[random.nextInt(AREAS.length)];
            places[i] = CITIES[random.nextInt(CITIES.length)];
        }
        OffsetDateTime published = now.minus(1, ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC);
        long rows = TemplateRows.of(connection, "requisition", "id", template).insert(connection, NEW_POSTINGS,
                (i, row) -> {
                    row.put("id", FIRST_REQUISITION + i);
                    row.put("reference", String.valueOf(900_000 + i));
                    row.put("title", titles[i]);
                    row.put("city", places[i][0]);
                    row.put("state", places[i][1]);
                    row.put("position_code", null);
                });
        rows += TemplateRows.of(connection, "posting", "id", postingId).insert(connection, NEW_POSTINGS, (i, row) -> {
            row.put("id", FIRST_POSTING + i);
            row.put("requisition_id", FIRST_REQUISITION + i);
        });
        rows += TemplateRows.of(connection, "posting_version", "id", versionId).insert(connection, NEW_POSTINGS,
                (i, row) -> {
                    int minimum = 180_000 + random.nextInt(30) * 10_000;
                    row.put("id", FIRST_VERSION + i);
                    row.put("posting_id", FIRST_POSTING + i);
                    row.put("requisition_id", FIRST_REQUISITION + i);
                    row.put("reference", String.valueOf(900_000 + i));
                    row.put("title", titles[i]);
                    row.put("location", places[i][0] + ", " + places[i][1]);
                    row.put("category", CATEGORIES[i % CATEGORIES.length]);
                    row.put("employment_type", i % 7 == 0 ? "PART_TIME" : "FULL_TIME");
                    row.put("education_minimum", i % 3 == 0 ? null : EDUCATION[i % EDUCATION.length]);
                    row.put("experience_years", i % 4 == 0 ? null : 2 + i % 12);
                    row.put("latitude", (double) places[i][2] + (random.nextDouble() - 0.5) * 0.3);
                    row.put("longitude", (double) places[i][3] + (random.nextDouble() - 0.5) * 0.4);
                    row.put("salary_min", BigDecimal.valueOf(minimum));
                    row.put("salary_max", BigDecimal.valueOf(minimum + 40_000 + random.nextInt(8) * 10_000));
                    row.put("open_date", null);
                    row.put("close_date", null);
                    row.put("created_at", published);
                    row.put("document", "# " + titles[i] + "\n\n" + document);
                });
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into posting_word (word, version_id) values (?, ?)")) {
            for (int i = 0; i < NEW_POSTINGS; i++) {
                for (String word : PostingWords.of(titles[i] + "\n" + document)) {
                    insert.setString(1, word);
                    insert.setLong(2, FIRST_VERSION + i);
                    insert.addBatch();
                    rows++;
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return rows;
    }

    private void cleanUp() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from mail_outbox where kind = 'JOB_ALERT'");
            statement.executeUpdate("delete from job_alert_posting where requisition_id >= " + FIRST_REQUISITION);
            statement.executeUpdate("delete from posting_word where version_id >= " + FIRST_VERSION);
            statement.executeUpdate("delete from posting_version where id >= " + FIRST_VERSION);
            statement.executeUpdate("delete from posting where id >= " + FIRST_POSTING);
            statement.executeUpdate("delete from requisition where id >= " + FIRST_REQUISITION);
            statement.executeUpdate("delete from saved_search where id >= " + FIRST_SEARCH);
            statement.executeUpdate("delete from app_user where id >= " + FIRST_ACCOUNT);
            statement.executeUpdate("delete from employee where id >= " + FIRST_EMPLOYEE);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
