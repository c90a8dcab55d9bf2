package health.staffing.candidates;

import health.staffing.benchmark.TemplateRows;
import health.staffing.requisitions.PostingWords;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * The hiring data of a large health system for {@link HiringBenchmark}: 2,000 live postings and
 * 8,000 filled requisitions, 200,000 candidates (60,000 of them employees, so internal
 * applications are named from the employee records as in production) and 1,000,000 applications
 * with a degree each. The demo's hiring manager manages some internal applicants, so their grid
 * pays for internal applicants' confidentiality. Rows are copies of what the demo wrote through
 * the services (seed 002's requisition, posting and published version; Jordan's application),
 * changed where a search or a grid filter looks, and inserted with JDBC batches. Ids and references sit far above the demo's.
 */
public final class HiringBenchmarkData {

    public static final int POSTED = 2_000;
    public static final int FILLED = 8_000;
    public static final int CANDIDATES = 200_000;
    /** Candidates below this index are employees applying internally (30 %). */
    static final int EMPLOYEES = 60_000;
    /** Every this many employees reports to the demo's hiring manager. */
    private static final int MANAGED_BY_MANAGER_EVERY = 500;
    public static final int APPLICATIONS = Integer.getInteger("benchmark.applications", 1_000_000);
    /** Every 50th live requisition is a popular one with 3,000 applicants; the grid's worst filter. */
    static final int POPULAR_EVERY = 50;
    static final int POPULAR_APPLICANTS = 3_000;

    public static final long FIRST_REQUISITION = 50_000_000L;
    private static final long FIRST_POSTING = 51_000_000L;
    private static final long FIRST_VERSION = 52_000_000L;
    private static final long FIRST_CANDIDATE = 53_000_000L;
    private static final long FIRST_EMPLOYEE = 54_000_000L;
    public static final long FIRST_APPLICATION = 60_000_000L;

    public static final String[] CATEGORIES = {"Physician Leadership", "Medical Management", "Quality and Patient Safety",
            "Population Health", "Behavioral Health", "Graduate Medical Education", "Clinical Operations",
            "Utilization Management"};
    private static final String[] AREAS = {"Primary Care", "Cardiology", "Oncology", "Behavioral Health",
            "Emergency Medicine", "Surgery", "Pediatrics", "Population Health", "Quality and Safety", "Hospital Medicine",
            "Care Management", "Value-Based Care", "Utilization Management", "Geriatrics", "Women's Health"};
    private static final String[] RANKS = {"Chief Medical Officer", "Associate Chief Medical Officer", "Medical Director",
            "Senior Medical Director", "Physician Lead", "Vice President", "Chief of Service", "Associate Medical Director"};
    /** City, state, postal code, latitude, longitude. */
    private static final Object[][] CITIES = {
            {"Boston", "MA", "02114", 42.3601, -71.0589}, {"Somerville", "MA", "02145", 42.3876, -71.0995},
            {"Cambridge", "MA", "02139", 42.3736, -71.1097}, {"Worcester", "MA", "01609", 42.2751, -71.8070},
            {"Springfield", "MA", "01103", 42.1015, -72.5898}, {"Providence", "RI", "02903", 41.8240, -71.4128},
            {"Middletown", "CT", "06457", 41.5623, -72.6506}, {"Hartford", "CT", "06103", 41.7658, -72.6734},
            {"New York", "NY", "10004", 40.7033, -74.0090}, {"Albany", "NY", "12207", 42.6526, -73.7562},
            {"Philadelphia", "PA", "19107", 39.9526, -75.1652}, {"Portland", "ME", "04101", 43.6591, -70.2568}};
    private static final String[] EDUCATION = {null, "BACHELOR", "MASTER", "DOCTORATE_MD_DO", "DOCTORATE_MD_DO"};
    private static final String[] STAGES_LIVE = {"APPLIED", "APPLIED", "APPLIED", "APPLIED", "APPLIED", "SCREENING",
            "SCREENING", "INTERVIEW", "FINALIST", "REJECTED", "REJECTED", "REJECTED", "WITHDRAWN"};
    private static final String[] STAGES_FILLED = {"REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED",
            "REJECTED", "WITHDRAWN", "INTERVIEW", "FINALIST"};
    private static final String[] ENDED_FROM = {"APPLIED", "APPLIED", "APPLIED", "SCREENING", "SCREENING", "INTERVIEW",
            "FINALIST"};
    private static final String[] DEGREES = {"MD", "MD", "MD", "DO", "DNP", "MBA", "MHA"};

    public final List<String> liveReferences = new ArrayList<>();
    public final List<String> popularReferences = new ArrayList<>();
    public final List<String> managerReferences = new ArrayList<>();
    private final Random random = new Random(1_000_000L);
    private final Instant now = Instant.now();

    /**
     * Loads everything unless an earlier benchmark of the same run (the same database) did, and returns the
     * number of rows written: then only the references the benchmarks pick from are set, as loading sets them.
     */
    public long loadOnce(DataSource dataSource, long templateRequisition, long templateApplication)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from requisition where id = " + FIRST_REQUISITION);
                ResultSet found = statement.executeQuery()) {
            found.next();
            if (found.getLong(1) > 0) {
                for (int i = 0; i < POSTED; i++) {
                    addReference(i);
                }
                return 0;
            }
        }
        return load(dataSource, templateRequisition, templateApplication);
    }

    private void addReference(int i) {
        String reference = reference(i);
        liveReferences.add(reference);
        if (i % POPULAR_EVERY == 0) {
            popularReferences.add(reference);
        }
        if (i % POPULAR_EVERY == 1) {
            managerReferences.add(reference);
        }
    }

    /**
     * Loads everything and returns the number of rows written.
     *
     * @param templateRequisition seed 002's requisition id
     * @param templateApplication an application the services wrote (with one degree)
     */
    private long load(DataSource dataSource, long templateRequisition, long templateApplication) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            List<String> documents = documents(connection);
            long rows = requisitions(connection, templateRequisition, documents);
            long manager = single(connection, "select employee_id from app_user where username = 'manager'");
            rows += employees(connection, manager);
            rows += candidates(connection, templateApplication);
            rows += applications(connection, templateApplication, manager);
            connection.setAutoCommit(autoCommit);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            return rows;
        }
    }

    /** The published texts of the demo's seed postings; copies take turns so keywords hit some, not all. */
    private static List<String> documents(Connection connection) throws SQLException {
        List<String> documents = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select document from posting_version order by id")) {
            while (rows.next()) {
                documents.add(rows.getString(1));
            }
        }
        return documents;
    }

    private long requisitions(Connection connection, long template, List<String> documents) throws SQLException {
        TemplateRows requisition = TemplateRows.of(connection, "requisition", "id", template);
        long postingId = single(connection, "select id from posting where requisition_id = " + template);
        long versionId = single(connection, "select max(id) from posting_version where requisition_id = " + template);
        TemplateRows posting = TemplateRows.of(connection, "posting", "id", postingId);
        TemplateRows version = TemplateRows.of(connection, "posting_version", "id", versionId);
        int total = POSTED + FILLED;
        String[] titles = new String[total];
        Object[][] places = new Object[total][];
        for (int i = 0; i < total; i++) {
            titles[i] = RANKS[random.nextInt(RANKS.length)] + ", " + AREAS[random.nextInt(AREAS.length)];
            places[i] = CITIES[random.nextInt(CITIES.length)];
            if (i < POSTED) {
                addReference(i);
            }
        }
        long rows = requisition.insert(connection, total, (i, row) -> {
            boolean live = i < POSTED;
            Object[] place = places[i];
            int minimum = 180_000 + random.nextInt(30) * 10_000;
            OffsetDateTime created = at(now.minus(live ? 5 + random.nextInt(120) : 200 + random.nextInt(2_000),
                    ChronoUnit.DAYS));
            row.put("id", FIRST_REQUISITION + i);
            row.put("reference", reference(i));
            row.put("status", live ? "POSTED" : "FILLED");
            row.put("title", titles[i]);
            row.put("city", place[0]);
            row.put("state", place[1]);
            row.put("postal_code", place[2]);
            row.put("category", CATEGORIES[i % CATEGORIES.length]);
            row.put("employment_type", i % 7 == 0 ? "PART_TIME" : "FULL_TIME");
            row.put("salary_min", BigDecimal.valueOf(minimum));
            row.put("salary_max", BigDecimal.valueOf(minimum + 40_000 + random.nextInt(8) * 10_000));
            row.put("hiring_manager", i % POPULAR_EVERY == 1 && live ? "manager" : "hm" + (i % 300));
            row.put("requested_by", i % POPULAR_EVERY == 1 && live ? "manager" : "hm" + (i % 300));
            row.put("position_code", null);
            row.put("created_at", created);
            row.put("submitted_at", created);
            row.put("status_changed_at", created);
        });
        rows += posting.insert(connection, POSTED, (i, row) -> {
            row.put("id", FIRST_POSTING + i);
            row.put("requisition_id", FIRST_REQUISITION + i);
            row.put("published_version", 1);
            row.put("unpublished_changes", false);
            row.put("open_date", null);
            row.put("close_date", null);
        });
        rows += version.insert(connection, POSTED, (i, row) -> {
            Object[] place = places[i];
            String education = EDUCATION[i % EDUCATION.length];
            row.put("id", FIRST_VERSION + i);
            row.put("posting_id", FIRST_POSTING + i);
            row.put("requisition_id", FIRST_REQUISITION + i);
            row.put("number", 1);
            row.put("reference", reference(i));
            row.put("title", titles[i]);
            row.put("location", place[0] + ", " + place[1]);
            row.put("category", CATEGORIES[i % CATEGORIES.length]);
            row.put("employment_type", i % 7 == 0 ? "PART_TIME" : "FULL_TIME");
            row.put("education_minimum", education);
            row.put("experience_years", i % 4 == 0 ? null : 2 + i % 9);
            // Within about 20 miles of the city, so a radius search has edges to test.
            row.put("latitude", (double) place[3] + (random.nextDouble() - 0.5) * 0.5);
            row.put("longitude", (double) place[4] + (random.nextDouble() - 0.5) * 0.6);
            int minimum = 180_000 + random.nextInt(30) * 10_000;
            row.put("salary_min", BigDecimal.valueOf(minimum));
            row.put("salary_max", BigDecimal.valueOf(minimum + 40_000 + random.nextInt(8) * 10_000));
            row.put("open_date", null);
            row.put("close_date", null);
            row.put("created_at", at(now.minus(random.nextInt(120 * 24), ChronoUnit.HOURS)));
            row.put("document", document(titles[i], documents, i));
        });
        return rows + words(connection, titles, documents);
    }

    private static String document(String title, List<String> documents, int i) {
        return "# " + title + "\n\n" + documents.get(i % documents.size());
    }

    /** The keyword index of each copied version, read the way publishing reads it. */
    private static long words(Connection connection, String[] titles, List<String> documents) throws SQLException {
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into posting_word (word, version_id) values (?, ?)")) {
            for (int i = 0; i < POSTED; i++) {
                for (String word : PostingWords.of(titles[i] + "\n" + document(titles[i], documents, i))) {
                    insert.setString(1, word);
                    insert.setLong(2, FIRST_VERSION + i);
                    insert.addBatch();
                    rows++;
                }
                if (i % 20 == 19) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        return rows;
    }

    private static long employees(Connection connection, long template) throws SQLException {
        TemplateRows employee = TemplateRows.of(connection, "employee", "id", template);
        return employee.insert(connection, EMPLOYEES, (i, row) -> {
            row.put("id", FIRST_EMPLOYEE + i);
            // Not "B" + i: the org chart benchmark's employees are numbered so, and both load into one database.
            row.put("employee_number", "H" + i);
            row.put("given_name", "Staff" + i);
            row.put("family_name", "Employee" + (i % 5_000));
            row.put("email", "employee" + i + "@bench.example");
        });
    }

    /** Candidates as the services write them: an internal one is only an employee id, an external one a name. */
    private long candidates(Connection connection, long templateApplication) throws SQLException {
        long candidateId = single(connection, "select candidate_id from job_application where id = " + templateApplication);
        TemplateRows candidate = TemplateRows.of(connection, "candidate", "id", candidateId);
        return candidate.insert(connection, CANDIDATES, (i, row) -> {
            boolean internal = i < EMPLOYEES;
            row.put("id", FIRST_CANDIDATE + i);
            row.put("employee_id", internal ? FIRST_EMPLOYEE + i : null);
            row.put("given_name", internal ? null : "Given" + i);
            row.put("family_name", internal ? null : "Family" + (i % 5_000));
            row.put("email", internal ? null : "candidate" + i + "@bench.example");
            row.put("phone", null);
            if (row.containsKey("email_key")) {
                row.put("email_key", internal ? null : "candidate" + i + "@bench.example");
            }
        });
    }

    /**
     * Applications requisition by requisition: popular live ones 3,000 each, other live ones 140,
     * filled ones share the rest. A requisition's applicants are distinct candidates.
     */
    private long applications(Connection connection, long template, long manager) throws SQLException {
        int total = POSTED + FILLED;
        int[] perRequisition = new int[total];
        long assigned = 0;
        for (int r = 0; r < POSTED; r++) {
            perRequisition[r] = r % POPULAR_EVERY == 0 ? POPULAR_APPLICANTS : 140;
            assigned += perRequisition[r];
        }
        long rest = Math.max(0, APPLICATIONS - assigned);
        for (int r = POSTED; r < total; r++) {
            perRequisition[r] = (int) (rest / FILLED + (r - POSTED < rest % FILLED ? 1 : 0));
        }
        int[] requisitionOf = new int[APPLICATIONS];
        int[] indexInRequisition = new int[APPLICATIONS];
        int k = 0;
        for (int r = 0; r < total && k < APPLICATIONS; r++) {
            for (int j = 0; j < perRequisition[r] && k < APPLICATIONS; j++, k++) {
                requisitionOf[k] = r;
                indexInRequisition[k] = j;
            }
        }
        int count = k;
        TemplateRows application = TemplateRows.of(connection, "job_application", "id", template);
        long rows = application.insert(connection, count, (i, row) -> {
            int r = requisitionOf[i];
            boolean live = r < POSTED;
            String stage = live ? STAGES_LIVE[random.nextInt(STAGES_LIVE.length)]
                    : STAGES_FILLED[random.nextInt(STAGES_FILLED.length)];
            OffsetDateTime submitted = at(now.minus(live ? random.nextInt(120 * 24) : 4_800 + random.nextInt(48_000),
                    ChronoUnit.HOURS));
            row.put("id", FIRST_APPLICATION + i);
            int candidate = (int) ((r * 7_919L + indexInRequisition[i]) % CANDIDATES);
            boolean internal = candidate < EMPLOYEES;
            row.put("candidate_id", FIRST_CANDIDATE + candidate);
            row.put("requisition_id", FIRST_REQUISITION + r);
            row.put("reference", reference(r));
            row.put("title", "Benchmark role " + r);
            row.put("stage", stage);
            row.put("furthest_stage", furthest(stage));
            row.put("source", internal ? "INTERNAL" : "EXTERNAL");
            row.put("submitted_at", submitted);
            row.put("stage_changed_at", submitted);
            row.put("withdrawn_at", "WITHDRAWN".equals(stage) ? submitted : null);
            row.put("closing_reason", "REJECTED".equals(stage) ? "Another candidate was a closer fit." : null);
            row.put("npi", null);
            row.put("clinical_years", random.nextInt(25));
            row.put("leadership_years", random.nextInt(12));
            row.put("managed_care_years", random.nextInt(8));
            varied(row);
            // An internal applicant's manager when they applied: sometimes the demo's hiring manager.
            row.put("applicant_manager_employee_id", !internal ? null
                    : candidate % MANAGED_BY_MANAGER_EVERY == 0 ? manager : FIRST_EMPLOYEE + (candidate * 31L) % EMPLOYEES);
        });
        TemplateRows degree = TemplateRows.of(connection, "application_degree", "application_id", template);
        rows += degree.insert(connection, count, (i, row) -> {
            row.put("application_id", FIRST_APPLICATION + i);
            row.put("degree", DEGREES[random.nextInt(DEGREES.length)]);
        });
        return rows;
    }

    /** How far an application got: its stage while live; an ended one most often ended early. */
    private String furthest(String stage) {
        if (!"REJECTED".equals(stage) && !"WITHDRAWN".equals(stage)) {
            return stage;
        }
        return ENDED_FROM[random.nextInt(ENDED_FROM.length)];
    }

    /** The screening facts and the score kept on each application for the grid's filters. */
    private void varied(java.util.Map<String, Object> row) {
        row.put("criteria_met", random.nextInt(10) < 6);
        row.put("credentials_expire_on", LocalDate.now().plusDays(random.nextInt(1_500)));
        boolean scored = random.nextInt(4) == 0;
        row.put("score_avg", scored ? BigDecimal.valueOf(10 + random.nextInt(41), 1) : null);
        row.put("score_count", scored ? 1 + random.nextInt(3) : 0);
        row.put("criteria_summary", null);
    }

    static String reference(int index) {
        return String.valueOf(900_000 + index);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
