package health.staffing.demo;

import health.staffing.base.ClusterLock;
import health.staffing.candidates.ApplicationTallies;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A year of past hiring for the demo, so the dashboard (issue 16) has something to show on a first
 * start: 36 requisitions approved and filled over the last twelve months in the four organisations,
 * each with its approval round, 8 to 24 external applicants moved through the stages, an accepted offer
 * (some outside the range with the CMO office's exception) and a few declined ones, and six open
 * requisitions that stand still (on hold or sent back for changes, 40 to 200 days old). Past days cannot
 * go through the services, whose clock is today, so these rows are written with SQL as the services
 * write them, copying one row of each kind the demo load wrote and changing what differs. Seeded
 * randomness: every start shows the same history. Off in the tests ({@code portal.demo.history=false}),
 * whose counts are the five seed postings'.
 */
@Component
@Profile("demo")
@Order(2) // after DemoDataLoader, whose rows it copies
class DemoHiringHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHiringHistory.class);
    /** Ids far above what the sequences hand out to the demo, and below the benchmarks' ranges. */
    private static final long FIRST_ID = 95_000_000L;
    private static final int FILLED = 36;
    private static final int STALLED = 6;

    private static final String[][] ROLES = {
            {"MGB", "Primary Care", "Physician Leadership", "Medical Director, Primary Care Access"},
            {"MGB", "Population Health Services Organization (PHSO)", "Population Health",
                "Medical Director, Care Management"},
            {"MGB", "Office of the Chief Medical Officer (OCMO)", "Quality and Patient Safety",
                "Director of Clinical Quality"},
            {"CMG", "Medical Management", "Medical Management", "Senior Medical Director, Utilization Review"},
            {"CMG", "Value-Based Care", "Population Health", "Medical Director, Value-Based Contracts"},
            {"MH", "Medical Group", "Physician Leadership", "Associate Chief Medical Officer, Medical Group"},
            {"MH", "Hospital Medicine", "Clinical Operations", "Director of Hospital Medicine"},
            {"MPH", "Utilization Management", "Utilization Management", "Medical Director, Behavioral Health UM"},
            {"MPH", "Quality", "Quality and Patient Safety", "Medical Director, HEDIS and Quality"}};
    private static final String[][] STEPS = {{"Hiring manager's leader", "HIRING_MANAGER"},
            {"CMO office", "CMO_OFFICE"}, {"Finance", "FINANCE"}};
    private static final String[] GIVEN = {"Avery", "Noah", "Sofia", "Kwame", "Ines", "Marcus", "Hannah", "Omar",
            "Lena", "Victor", "Ruth", "Felix", "Amara", "Isaac", "Nora", "Tomás", "Aisha", "Ethan", "Mei", "Zara"};
    private static final String[] FAMILY = {"Okonkwo", "Lindqvist", "Ferreira", "Nakamura", "Brennan", "Abara",
            "Kowalczyk", "Delgado", "Whitfield", "Osei", "Rahman", "Castellanos", "Holm", "Varga", "Mbeki", "Ashworth"};

    private final JdbcClient jdbc;
    private final ClusterLock lock;
    private final Clock clock;
    private final ApplicationTallies tallies;
    private final boolean enabled;
    private final Random random = new Random(16);
    private long nextId = FIRST_ID;
    private final java.util.Deque<Long> caregivers = new java.util.ArrayDeque<>();

    DemoHiringHistory(JdbcClient jdbc, ClusterLock lock, Clock clock, ApplicationTallies tallies,
            @Value("${portal.demo.history:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.lock = lock;
        this.clock = clock;
        this.tallies = tallies;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        lock.run("demo-hiring-history", () -> {
            if (jdbc.sql("select count(*) from requisition where id = :id").param("id", FIRST_ID).query(Long.class)
                    .single() > 0) {
                return;
            }
            load();
            tallies.rebuild(); // the history is written as rows, past the entities that keep the tally
            log.info("Demo hiring history loaded: {} filled and {} stalled requisitions of the last twelve months",
                    FILLED, STALLED);
        });
    }

    private void load() {
        long templateRequisition = jdbc.sql("select min(id) from requisition where status = 'POSTED'")
                .query(Long.class).single();
        long templateRequest = jdbc.sql("select min(id) from approval_request where requisition_id = :id")
                .param("id", templateRequisition).query(Long.class).single();
        long templateApplication = jdbc.sql("select min(id) from job_application").query(Long.class).single();
        long templateCandidate = jdbc.sql("select candidate_id from job_application where id = :id")
                .param("id", templateApplication).query(Long.class).single();
        // Caregivers who have not applied anywhere yet: every third filled role hires one of them.
        caregivers.addAll(jdbc.sql("select e.id from employee e where not exists (select 1 from candidate c"
                + " where c.employee_id = e.id) and e.id not in (select employee_id from app_user"
                + " where employee_id is not null) order by e.id").query(Long.class).list());
        Instant now = Instant.now(clock);
        for (int index = 0; index < FILLED + STALLED; index++) {
            int i = index;
            String[] role = ROLES[i % ROLES.length];
            boolean stalled = i >= FILLED;
            // Filled ones were opened 60 to 420 days ago, so their hires land across the last twelve months.
            Instant opened = now.minus(stalled ? 40 + random.nextInt(160) : 60 + (long) i * 10 + random.nextInt(8),
                    ChronoUnit.DAYS).minus(random.nextInt(600), ChronoUnit.MINUTES);
            int minimum = 240_000 + random.nextInt(10) * 10_000;
            BigDecimal salaryMin = BigDecimal.valueOf(minimum);
            BigDecimal salaryMax = BigDecimal.valueOf(minimum + 60_000);
            long requisition = id();
            String status = stalled ? (i % 2 == 0 ? "ON_HOLD" : "CHANGES_REQUESTED") : "FILLED";
            copy("requisition", "id", templateRequisition, row -> {
                row.put("id", requisition);
                row.put("reference", String.valueOf(101_000 + i));
                row.put("kind", i % 3 == 0 ? "REPLACEMENT" : "NEW_POSITION");
                row.put("status", status);
                row.put("title", role[3]);
                row.put("organisation_code", role[0]);
                row.put("department", role[1]);
                row.put("category", role[2]);
                row.put("salary_min", salaryMin);
                row.put("salary_max", salaryMax);
                row.put("fte", BigDecimal.ONE);
                row.put("openings", 1);
                row.put("position_code", null);
                row.put("recruiter", i % 4 == 0 ? "talent" : "recruiter");
                row.put("created_at", at(opened));
                row.put("modified_at", at(opened));
                row.put("submitted_at", at(opened));
                row.put("status_changed_at", at(opened.plus(20, ChronoUnit.DAYS)));
                row.put("held_from_status", "ON_HOLD".equals(status) ? "APPROVED" : null);
                row.put("approval_round", 1);
            });
            Instant approved = approvalRound(requisition, i, role, opened, templateRequest, stalled && i % 2 == 1);
            if (!stalled) {
                hiring(requisition, String.valueOf(101_000 + i), role[3], approved, salaryMin, salaryMax,
                        templateApplication, templateCandidate, i);
            }
        }
    }

    /** One round of three steps, each decided some days after its turn came; returns the last decision. */
    private Instant approvalRound(long requisition, int i, String[] role, Instant submitted, long templateRequest,
            boolean sentBack) {
        long request = id();
        copy("approval_request", "id", templateRequest, row -> {
            row.put("id", request);
            row.put("kind", i % 3 == 0 ? "REPLACEMENT" : "NEW_POSITION");
            row.put("title", role[3]);
            row.put("organisation_code", role[0]);
            row.put("department", role[1]);
            row.put("position_code", null);
            row.put("requisition_id", requisition);
            row.put("round", 1);
            row.put("reference", String.valueOf(101_000 + i));
            row.put("created_at", at(submitted));
            row.put("modified_at", at(submitted));
            row.put("submitted_at", at(submitted));
        });
        Instant turn = submitted;
        for (int n = 0; n < STEPS.length; n++) {
            // The CMO office takes longest; finance is quick; a little spread so medians and p90 differ.
            double days = switch (n) {
                case 0 -> 0.5 + random.nextDouble() * 3;
                case 1 -> 2 + random.nextDouble() * 9;
                default -> 0.3 + random.nextDouble() * 2.5;
            };
            Instant decided = turn.plusSeconds((long) (days * 86_400));
            String state = sentBack && n == 1 ? "CHANGES_REQUESTED" : sentBack && n == 2 ? "NOT_REACHED" : "APPROVED";
            String approver = n == 0 ? "Maya Okafor, MD" : n == 1 ? "Elena Marsh, MD, MPH" : "Chris Donnelly";
            jdbc.sql("insert into approval_step (id, version, created_at, created_by, modified_at, modified_by,"
                    + " request_id, requisition_id, round, sequence, label, role, approver_name, consulted, state,"
                    + " activated_at, decided_at, decided_by, decided_by_name, comment) values (:id, 0, :at, 'demo', :at,"
                    + " 'demo', :request, :requisition, 1, :sequence, :label, :role, :approver, false, :state,"
                    + " :activated, :decided, :by, :approver, :comment)")
                    .param("id", id()).param("at", at(submitted)).param("request", request)
                    .param("requisition", requisition).param("sequence", n + 1).param("label", STEPS[n][0])
                    .param("role", STEPS[n][1]).param("approver", approver).param("state", state)
                    .param("activated", "NOT_REACHED".equals(state) ? null : at(turn))
                    .param("decided", "NOT_REACHED".equals(state) ? null : at(decided))
                    .param("by", "NOT_REACHED".equals(state) ? null : n == 0 ? "manager" : n == 1 ? "cmo" : "finance")
                    .param("comment", "CHANGES_REQUESTED".equals(state)
                            ? "Please justify the administrative FTE against the department's budget." : null)
                    .update();
            turn = decided;
        }
        return turn;
    }

    /** Applicants moved through the stages, one hired on an accepted offer, sometimes a declined one before. */
    private void hiring(long requisition, String reference, String title, Instant approved, BigDecimal salaryMin,
            BigDecimal salaryMax, long templateApplication, long templateCandidate, int i) {
        int applicants = 8 + random.nextInt(17);
        Instant accepted = approved.plus(30 + random.nextInt(75), ChronoUnit.DAYS);
        for (int number = 0; number < applicants; number++) {
            int a = number;
            long candidate = id();
            // The hire of every third role is a caregiver already (internal mobility), while any are left.
            Long employee = a == 0 && i % 3 == 0 ? caregivers.pollFirst() : null;
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String email = given.toLowerCase(java.util.Locale.ROOT).replace("á", "a") + "." + family.toLowerCase(
                    java.util.Locale.ROOT) + "." + candidate + "@example.org";
            copy("candidate", "id", templateCandidate, row -> {
                row.put("id", candidate);
                row.put("employee_id", employee);
                row.put("given_name", employee == null ? given : null);
                row.put("family_name", employee == null ? family : null);
                row.put("email", employee == null ? email : null);
                if (row.containsKey("email_key")) {
                    row.put("email_key", employee == null ? email : null);
                }
            });
            Instant submitted = approved.plus(2 + random.nextInt(25), ChronoUnit.DAYS)
                    .plus(random.nextInt(600), ChronoUnit.MINUTES);
            boolean hired = a == 0;
            String furthest = hired ? "HIRED" : pick("APPLIED", "APPLIED", "SCREENING", "SCREENING", "INTERVIEW",
                    "INTERVIEW", "FINALIST");
            String stage = hired ? "HIRED" : random.nextInt(6) == 0 ? "WITHDRAWN" : "REJECTED";
            long application = id();
            List<String[]> moves = moves(furthest, stage);
            Instant[] when = new Instant[moves.size() + 1];
            when[0] = submitted;
            for (int m = 1; m <= moves.size(); m++) {
                when[m] = when[m - 1].plus(1 + random.nextInt(12), ChronoUnit.DAYS);
            }
            if (hired) {
                when[moves.size()] = accepted;
            }
            Instant last = when[moves.size()];
            copy("job_application", "id", templateApplication, row -> {
                row.put("id", application);
                row.put("candidate_id", candidate);
                row.put("requisition_id", requisition);
                row.put("reference", reference);
                row.put("title", title);
                row.put("stage", stage);
                row.put("furthest_stage", furthest);
                row.put("source", employee == null ? "EXTERNAL" : "INTERNAL");
                row.put("submitted_at", at(submitted));
                row.put("stage_changed_at", at(last));
                row.put("created_at", at(submitted));
                row.put("modified_at", at(last));
                row.put("withdrawn_at", "WITHDRAWN".equals(stage) ? at(last) : null);
                row.put("closing_reason", "REJECTED".equals(stage) ? "Another candidate was a closer fit." : null);
                row.put("applicant_manager_employee_id", null);
                if (row.containsKey("referred_by")) {
                    row.put("referred_by", a % 7 == 3 ? "caregiver" : null);
                }
            });
            stageChange(application, null, null, "APPLIED", submitted);
            for (int m = 0; m < moves.size(); m++) {
                stageChange(application, moves.get(m)[0], when[m], moves.get(m)[1], when[m + 1]);
            }
            if (hired) {
                boolean outside = i % 5 == 2;
                offer(application, requisition, outside ? salaryMax.add(BigDecimal.valueOf(15_000))
                        : salaryMin.add(BigDecimal.valueOf(20_000)), salaryMin, salaryMax, accepted, "ACCEPTED", outside);
            } else if (i % 4 == 1 && "FINALIST".equals(furthest)) {
                offer(application, requisition, salaryMin.add(BigDecimal.valueOf(10_000)), salaryMin, salaryMax,
                        last.minus(2, ChronoUnit.DAYS), "DECLINED", false);
            }
        }
    }

    /** The moves from applied to {@code furthest}, then to the end: {from, to} pairs. */
    private static List<String[]> moves(String furthest, String stage) {
        List<String> path = List.of("APPLIED", "SCREENING", "INTERVIEW", "FINALIST", "OFFER", "HIRED");
        List<String[]> moves = new ArrayList<>();
        for (int s = 1; s <= path.indexOf(furthest); s++) {
            moves.add(new String[] {path.get(s - 1), path.get(s)});
        }
        if (!"HIRED".equals(stage)) {
            moves.add(new String[] {furthest, stage});
        }
        return moves;
    }

    private void stageChange(long application, @Nullable String from, @Nullable Instant fromSince, String to,
            Instant at) {
        jdbc.sql("insert into application_stage_change (id, version, created_at, created_by, modified_at, modified_by,"
                + " application_id, from_stage, to_stage, changed_by, changed_at, reason, from_stage_since)"
                + " values (:id, 0, :at, 'demo', :at, 'demo', :application, :from, :to, :by, :at, :reason, :since)")
                .param("id", id()).param("at", at(at)).param("application", application).param("from", from)
                .param("to", to).param("by", from == null ? "demo" : "recruiter")
                .param("reason", "REJECTED".equals(to) ? "Another candidate was a closer fit." : null)
                .param("since", fromSince == null ? null : at(fromSince)).update();
    }

    private void offer(long application, long requisition, BigDecimal amount, BigDecimal min, BigDecimal max,
            Instant responded, String status, boolean outside) {
        Instant offered = responded.minus(4, ChronoUnit.DAYS);
        jdbc.sql("insert into job_offer (id, version, created_at, created_by, modified_at, modified_by, application_id,"
                + " requisition_id, status, amount, fte, admin_fte, start_date, range_min, range_max, adjusted_for_fte,"
                + " offered_by, offered_at, exception_justification, exception_requested_by, exception_requested_at,"
                + " exception_decided_by, exception_decided_at, responded_by, responded_at) values (:id, 0, :offered,"
                + " 'demo', :responded, 'demo', :application, :requisition, :status, :amount, 1, 0.5, :start, :min,"
                + " :max, true, 'recruiter', :offered, :justification, :requestedBy, :requestedAt, :decidedBy,"
                + " :decidedAt, 'candidate', :responded)")
                .param("id", id()).param("offered", at(offered)).param("responded", at(responded))
                .param("application", application).param("requisition", requisition).param("status", status)
                .param("amount", amount).param("start", LocalDate.ofInstant(responded, ZoneOffset.UTC).plusDays(45))
                .param("min", min).param("max", max)
                .param("justification", outside ? "Competing offer from an academic medical center" : null)
                .param("requestedBy", outside ? "recruiter" : null)
                .param("requestedAt", outside ? at(offered.minus(1, ChronoUnit.DAYS)) : null)
                .param("decidedBy", outside ? "cmo" : null)
                .param("decidedAt", outside ? at(offered) : null).update();
    }

    /** Copies one row of {@code table}, changed by {@code change} (lower-case column names). */
    private void copy(String table, String key, long value, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> row = new LinkedHashMap<>();
        jdbc.sql("select * from " + table + " where " + key + " = :value").param("value", value).query(rs -> {
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.put(rs.getMetaData().getColumnName(c).toLowerCase(java.util.Locale.ROOT), rs.getObject(c));
            }
        });
        change.accept(row);
        String columns = String.join(", ", row.keySet());
        String values = row.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", "));
        jdbc.sql("insert into " + table + " (" + columns + ") values (" + values + ")").params(row).update();
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private long id() {
        return nextId++;
    }

    private static java.time.OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
