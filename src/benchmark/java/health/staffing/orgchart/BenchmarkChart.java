package health.staffing.orgchart;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A generated chart for {@link OrgChartBenchmark}: a few organisations, each a solid-line tree built
 * level by level from a size profile (wide in the middle, a narrow tail down to depth 15, fan-out 3
 * to 12), labelled dotted lines, and an incumbent in most seats. Kept in memory (parents, depths,
 * descendant counts) so the benchmark can pick its random nodes, and written straight into the
 * tables with JDBC batches, not through the services. Ids start at {@link #FIRST_ID}, far above
 * anything the sequences hand out to the demo data.
 */
public final class BenchmarkChart {

    static final long FIRST_ID = 10_000_000L;
    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    /** Nodes per level below the top, for an organisation of 5,000 positions. */
    private static final int[] LEVELS = {8, 40, 150, 400, 700, 900, 900, 800, 600, 300, 120, 50, 20, 8, 3};
    private static final int PROFILE_SIZE = 1 + Arrays.stream(LEVELS).sum();
    private static final int MIN_FAN_OUT = 3;
    private static final int MAX_FAN_OUT = 12;

    private static final String[][] ORGANISATIONS = {
            {"BENCH-NE", "Bench Health Northeast", "Boston", "MA"},
            {"BENCH-MA", "Bench Health Mid-Atlantic", "Philadelphia", "PA"},
            {"BENCH-MW", "Bench Health Midwest", "Chicago", "IL"},
            {"BENCH-SO", "Bench Health South", "Atlanta", "GA"}};
    private static final String[] AREAS = {"Primary Care", "Cardiology", "Oncology", "Behavioral Health",
            "Emergency Medicine", "Surgery", "Pediatrics", "Radiology", "Pathology", "Anesthesiology", "Neurology",
            "Orthopedics", "Obstetrics and Gynecology", "Population Health", "Quality and Safety", "Nursing",
            "Pharmacy", "Revenue Cycle", "Finance", "Human Resources", "Information Systems", "Research",
            "Graduate Medical Education", "Ambulatory Operations", "Inpatient Operations", "Rehabilitation",
            "Dermatology", "Urology", "Infectious Disease", "Care Management"};
    private static final String[] RANKS = {"Chief Officer", "Senior Vice President", "Vice President",
            "Executive Director", "Director", "Medical Director", "Associate Director", "Senior Manager", "Manager",
            "Assistant Manager", "Supervisor", "Lead", "Coordinator", "Specialist", "Associate"};
    private static final String[] LABELS = {"quality oversight", "population health", "clinical governance",
            "finance partnership", "research", "education", "patient safety", "informatics", "regional operations",
            "nursing practice"};
    private static final String[] GIVEN = {"Avery", "Jordan", "Maya", "Sam", "Elena", "Chris", "Alex", "Priya",
            "Daniel", "Grace", "Omar", "Lena", "Marcus", "Hannah", "Tomás", "Aisha", "Noah", "Sofia", "Ethan", "Mei",
            "Lucas", "Zara", "Isaac", "Nora", "Kwame", "Ines", "Victor", "Ruth", "Felix", "Amara"};
    private static final String[] FAMILY = {"Okafor", "Patel", "Marsh", "Donnelly", "Rivera", "Ellis", "Hale", "Lin",
            "Nguyen", "Kowalski", "Haddad", "Schneider", "Rossi", "Kim", "Mensah", "García", "O'Brien", "Novak",
            "Tanaka", "Johansson", "Abebe", "Costa", "Fischer", "Murphy", "Singh", "Dubois", "Moreau", "Bauer",
            "Ivanova", "Cohen"};

    final int size;
    final List<long[]> organisations = new ArrayList<>(); // {id, top index}
    final List<String> organisationCodes = new ArrayList<>();
    final int[] parent;
    final int[] depth;
    final int[] organisation;
    final int[] descendants;
    final int[] childCount;
    private final int[][] children;
    final long[] incumbent; // employee id, 0 when vacant
    final String[] title;
    final String[] department;
    /** {subordinate index, partner index, label index}. */
    final List<int[]> dotted = new ArrayList<>();
    final int incumbents;

    private long nextId = FIRST_ID;

    /** {@code size} positions over the organisations, {@code dottedLines} dotted lines, ~85% filled. */
    BenchmarkChart(int size, int dottedLines, long seed) {
        this.size = size;
        parent = new int[size];
        depth = new int[size];
        organisation = new int[size];
        descendants = new int[size];
        childCount = new int[size];
        incumbent = new long[size];
        title = new String[size];
        department = new String[size];
        Random random = new Random(seed);

        int next = 0;
        int perOrganisation = size / ORGANISATIONS.length;
        for (int o = 0; o < ORGANISATIONS.length; o++) {
            int orgSize = o == ORGANISATIONS.length - 1 ? size - next : perOrganisation;
            organisations.add(new long[] {nextId++, next});
            organisationCodes.add(ORGANISATIONS[o][0]);
            next = tree(o, next, orgSize, random);
        }
        for (int i = size - 1; i >= 0; i--) {
            if (parent[i] >= 0) {
                descendants[parent[i]] += descendants[i] + 1;
                childCount[parent[i]]++;
            }
        }
        children = new int[size][];
        for (int i = 0; i < size; i++) {
            children[i] = new int[childCount[i]];
        }
        int[] filledChildren = new int[size];
        for (int i = 0; i < size; i++) {
            if (parent[i] >= 0) {
                children[parent[i]][filledChildren[parent[i]]++] = i;
            }
        }
        dottedLines(dottedLines, random);
        int holders = 0;
        long employeeId = nextId + size; // positions take the ids right after the organisations
        for (int i = 0; i < size; i++) {
            if (random.nextInt(100) < 85) {
                incumbent[i] = employeeId++;
                holders++;
            }
        }
        incumbents = holders;
    }

    /** One organisation's tree, level by level; returns the next free index. */
    private int tree(int o, int first, int orgSize, Random random) {
        parent[first] = -1;
        depth[first] = 0;
        organisation[first] = o;
        title[first] = "President and Chief Executive Officer";
        department[first] = "Executive Office";
        int next = first + 1;
        int levelStart = first;
        int levelEnd = first + 1;
        int[] targets = scaledLevels(orgSize);
        for (int level = 1; level <= targets.length && next < first + orgSize; level++) {
            int wanted = Math.min(targets[level - 1], first + orgSize - next);
            int[] parents = shuffled(levelStart, levelEnd, random);
            int made = 0;
            for (int p = 0; made < wanted; p = (p + 1) % parents.length) {
                int fanOut = Math.min(wanted - made, MIN_FAN_OUT + random.nextInt(MAX_FAN_OUT - MIN_FAN_OUT + 1));
                for (int c = 0; c < fanOut; c++) {
                    int child = next++;
                    parent[child] = parents[p];
                    depth[child] = level;
                    organisation[child] = o;
                    String area = level == 1 ? AREAS[made % AREAS.length] : department[parents[p]];
                    if (level >= 3 && random.nextInt(4) == 0) {
                        area = AREAS[random.nextInt(AREAS.length)];
                    }
                    department[child] = area;
                    title[child] = level == 1 ? "Chief " + area + " Officer"
                            : RANKS[Math.min(level + random.nextInt(2) - 1, RANKS.length - 1)] + ", " + area;
                    made++;
                }
            }
            levelStart = levelEnd;
            levelEnd = next;
        }
        return next;
    }

    private static int[] scaledLevels(int orgSize) {
        int[] scaled = new int[LEVELS.length];
        int total = 0;
        for (int i = 0; i < LEVELS.length; i++) {
            scaled[i] = Math.max(1, Math.round((float) LEVELS[i] * orgSize / PROFILE_SIZE));
            total += scaled[i];
        }
        scaled[5] += orgSize - 1 - total; // rounding goes to the widest level
        return scaled;
    }

    private static int[] shuffled(int from, int to, Random random) {
        int[] values = new int[to - from];
        for (int i = 0; i < values.length; i++) {
            values[i] = from + i;
        }
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }

    /** Distinct pairs, mostly within an organisation to a position at the same level or higher; a tenth across. */
    private void dottedLines(int count, Random random) {
        Set<Long> pairs = new HashSet<>();
        while (dotted.size() < count) {
            int from = random.nextInt(size);
            int to = random.nextInt(size);
            if (from == to || parent[from] == to || parent[to] == from) {
                continue;
            }
            if (organisation[from] != organisation[to] && random.nextInt(10) != 0) {
                continue;
            }
            if (depth[to] > depth[from] && random.nextInt(4) != 0) {
                continue;
            }
            if (pairs.add((long) from * size + to)) {
                dotted.add(new int[] {from, to, random.nextInt(LABELS.length)});
            }
        }
    }

    long positionId(int index) {
        return organisations.getLast()[0] + 1 + index;
    }

    /** Indexes of the solid-line reports. */
    int[] children(int index) {
        return children[index];
    }

    int maxDepth() {
        return Arrays.stream(depth).max().orElse(0);
    }

    String label(int[] line) {
        return LABELS[line[2]];
    }

    /**
     * The chart of the org chart benchmark (20,000 seats, 3,000 dotted lines), loaded unless an earlier
     * benchmark of the same run (the same database) did; returns the rows written (0 when it was there).
     */
    public static long loadStandard(DataSource dataSource) throws SQLException {
        return new BenchmarkChart(OrgChartBenchmark.POSITIONS, OrgChartBenchmark.DOTTED_LINES, OrgChartBenchmark.SEED)
                .loadOnce(dataSource);
    }

    /** Loads this chart unless it is there already (it is generated from its seed, so the same every time). */
    long loadOnce(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                java.sql.ResultSet found = statement.executeQuery("select count(*) from organisation where id = "
                        + FIRST_ID)) {
            found.next();
            if (found.getLong(1) > 0) {
                return 0;
            }
        }
        return load(dataSource);
    }

    /** Inserts everything in one transaction with JDBC batches; returns the rows written. */
    long load(DataSource dataSource) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String audit = "version, created_at, created_by, modified_at, modified_by, ";
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Batch batch = new Batch(connection, "insert into organisation (id, " + audit
                    + "code, name, city, state) values (?, 0, ?, 'benchmark', ?, 'benchmark', ?, ?, ?, ?)")) {
                for (int o = 0; o < organisations.size(); o++) {
                    String[] org = ORGANISATIONS[o];
                    batch.add(organisations.get(o)[0], now, now, org[0], org[1], org[2], org[3]);
                }
                rows += batch.rows;
            }
            try (Batch batch = new Batch(connection, "insert into employee (id, " + audit
                    + "employee_number, given_name, family_name, post_nominals, email, work_location, hire_date)"
                    + " values (?, 0, ?, 'benchmark', ?, 'benchmark', ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < size; i++) {
                    if (incumbent[i] != 0) {
                        long id = incumbent[i];
                        String given = GIVEN[(int) (id % GIVEN.length)];
                        String family = FAMILY[(int) (id / GIVEN.length % FAMILY.length)];
                        batch.add(id, now, now, "B" + (id - FIRST_ID), given, family, i % 7 == 0 ? "MD" : null,
                                "bench" + (id - FIRST_ID) + "@bench.example.org", ORGANISATIONS[organisation[i]][2],
                                SINCE.minusDays(id % 3000));
                    }
                }
                rows += batch.rows;
            }
            try (Batch batch = new Batch(connection, "insert into org_position (id, " + audit
                    + "code, title, organisation_id, department, location_city, location_state, fte, admin_fte,"
                    + " active_from, retirement_risk) values (?, 0, ?, 'benchmark', ?, 'benchmark', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < size; i++) {
                    String[] org = ORGANISATIONS[organisation[i]];
                    batch.add(positionId(i), now, now, org[0] + "-" + i, title[i], organisations.get(organisation[i])[0],
                            department[i], org[2], org[3], BigDecimal.ONE,
                            depth[i] < 4 ? BigDecimal.ONE : new BigDecimal(i % 2 == 0 ? "0.50" : "0.20"), SINCE,
                            i % 33 == 0);
                }
                rows += batch.rows;
            }
            try (Batch batch = new Batch(connection, "insert into reporting_line (id, " + audit
                    + "subordinate_position_id, superior_position_id, kind, label, effective_from)"
                    + " values (?, 0, ?, 'benchmark', ?, 'benchmark', ?, ?, ?, ?, ?)")) {
                long id = nextId + 2L * size;
                for (int i = 0; i < size; i++) {
                    if (parent[i] >= 0) {
                        batch.add(id++, now, now, positionId(i), positionId(parent[i]), "SOLID", null, SINCE);
                    }
                }
                for (int[] line : dotted) {
                    batch.add(id++, now, now, positionId(line[0]), positionId(line[1]), "DOTTED", label(line), SINCE);
                }
                rows += batch.rows;
            }
            try (Batch batch = new Batch(connection, "insert into position_incumbency (id, " + audit
                    + "position_id, employee_id, effective_from) values (?, 0, ?, 'benchmark', ?, 'benchmark', ?, ?, ?)")) {
                long id = nextId + 4L * size;
                for (int i = 0; i < size; i++) {
                    if (incumbent[i] != 0) {
                        batch.add(id++, now, now, positionId(i), incumbent[i], SINCE);
                    }
                }
                rows += batch.rows;
            }
            connection.commit();
            connection.setAutoCommit(autoCommit);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
        }
        return rows;
    }

    /** A prepared insert sent every thousand rows. */
    private static final class Batch implements AutoCloseable {

        private final PreparedStatement statement;
        private int pending;
        long rows;

        Batch(Connection connection, String sql) throws SQLException {
            statement = connection.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            rows++;
            if (++pending == 1000) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
            }
            statement.close();
        }
    }
}
