package health.staffing.candidates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hiring record rolled up per requisition and UTC calendar month, and again per requisition and
 * UTC day, in {@code application_tally}: of the applications submitted in the span, how many got
 * furthest to each stage, how many are in each stage now and how many came from each source (and of
 * those, were hired); of the stage moves made in the span, how many left each stage and the days they
 * had spent in it. Kept exact in the transaction that
 * changes an application ({@link ApplicationTallyListener}), so the dashboard reads a few rows per
 * requisition instead of every application (decision 13).
 *
 * <p>The column names and the SQL that computes the same measures from the rows live here, once: the
 * backfill, the rebuild and the dashboard's reads of a period's ragged ends all use them.
 */
public final class ApplicationTally {

    /** How long a row's span is: whole months answer most of a period, days its ends. */
    public enum Span {
        MONTH, DAY;

        /** The first day of the UTC span the instant falls in: its row. */
        public LocalDate start(Instant instant) {
            LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
            return this == MONTH ? day.withDayOfMonth(1) : day;
        }

        /** The span's first day as SQL over a timestamp column, in UTC as {@link #start} computes it. */
        String startSql(String column) {
            return this == MONTH ? "cast(date_trunc('month', " + column + " at time zone 'UTC') as date)"
                    : "cast(" + column + " at time zone 'UTC' as date)";
        }
    }

    /** Stages an application can get furthest to (closing it keeps the stage it ended from). */
    public static final List<ApplicationStage> FURTHEST = ApplicationStage.APPLIED.andLater();

    private ApplicationTally() {
    }

    public static String furthest(ApplicationStage stage) {
        return "furthest_" + name(stage);
    }

    public static String now(ApplicationStage stage) {
        return "now_" + name(stage);
    }

    public static String applications(JobApplication.Source source, boolean referred) {
        return "apps_" + name(source) + (referred ? "_referred" : "_direct");
    }

    public static String hires(JobApplication.Source source, boolean referred) {
        return "hires_" + name(source) + (referred ? "_referred" : "_direct");
    }

    public static String left(ApplicationStage stage) {
        return "left_" + name(stage);
    }

    public static String daysIn(ApplicationStage stage) {
        return "days_" + name(stage);
    }

    /** The columns counting applications by when they were submitted, in table order. */
    public static List<String> applicationColumns() {
        List<String> columns = new ArrayList<>();
        FURTHEST.forEach(stage -> columns.add(furthest(stage)));
        List.of(ApplicationStage.values()).forEach(stage -> columns.add(now(stage)));
        for (JobApplication.Source source : JobApplication.Source.values()) {
            columns.add(applications(source, false));
            columns.add(applications(source, true));
        }
        for (JobApplication.Source source : JobApplication.Source.values()) {
            columns.add(hires(source, false));
            columns.add(hires(source, true));
        }
        return columns;
    }

    /** The columns summing stage moves by when they were made, in table order. */
    public static List<String> moveColumns() {
        List<String> columns = new ArrayList<>();
        for (ApplicationStage stage : ApplicationStage.values()) {
            columns.add(left(stage));
            columns.add(daysIn(stage));
        }
        return columns;
    }

    /**
     * The application columns of one {@code job_application} row as SQL over alias {@code a}, by column
     * in table order: 1 where the row counts in the column, else 0.
     */
    public static Map<String, String> applicationMeasures() {
        Map<String, String> measures = new LinkedHashMap<>();
        FURTHEST.forEach(stage -> measures.put(furthest(stage), when("a.furthest_stage = '" + stage.name() + "'")));
        List.of(ApplicationStage.values()).forEach(stage -> measures.put(now(stage), when("a.stage = '" + stage.name()
                + "'")));
        for (boolean hired : List.of(false, true)) {
            for (JobApplication.Source source : JobApplication.Source.values()) {
                for (boolean referred : List.of(false, true)) {
                    String condition = "a.source = '" + source.name() + "' and a.referred_by is "
                            + (referred ? "not null" : "null") + (hired ? " and a.stage = 'HIRED'" : "");
                    measures.put(hired ? hires(source, referred) : applications(source, referred), when(condition));
                }
            }
        }
        return measures;
    }

    /**
     * The move columns of one {@code application_stage_change} row as SQL over alias {@code c}, by column
     * in table order: 1 and the days spent in the stage it left, under that stage's columns, else 0;
     * moves without a stage left (the application's creation) count nothing.
     */
    public static Map<String, String> moveMeasures() {
        String days = "(extract(epoch from c.changed_at) - extract(epoch from c.from_stage_since)) / 86400.0";
        Map<String, String> measures = new LinkedHashMap<>();
        for (ApplicationStage stage : ApplicationStage.values()) {
            String condition = "c.from_stage = '" + stage.name() + "' and c.from_stage_since is not null";
            measures.put(left(stage), when(condition));
            measures.put(daysIn(stage), "cast(case when " + condition + " then " + days + " else 0 end as double precision)");
        }
        return measures;
    }

    /** The measures as a select list, each named by its column. */
    private static String named(Map<String, String> measures) {
        return measures.entrySet().stream().map(measure -> measure.getValue() + " " + measure.getKey())
                .collect(Collectors.joining(", "));
    }

    /** Zero for every application column, named: a move row's application half. */
    private static String zeroApplications() {
        return applicationColumns().stream().map(column -> "0 " + column).collect(Collectors.joining(", "));
    }

    /** Zero for every move column, named: an application row's move half. */
    private static String zeroMoves() {
        return moveColumns().stream()
                .map(column -> (column.startsWith("days_") ? "cast(0 as double precision) " : "0 ") + column)
                .collect(Collectors.joining(", "));
    }

    /** The whole table rebuilt from the rows, one statement per span: the migration's backfill and the loaders'. */
    public static List<String> rebuildSql() {
        return List.of(rebuildSql(Span.MONTH, ""), rebuildSql(Span.DAY, ""));
    }

    /** The rows of the requisition {@code :requisition} rebuilt, for whoever removed some of its applications. */
    public static List<String> rebuildRequisitionSql() {
        String where = " and a.requisition_id = :requisition";
        return List.of(rebuildSql(Span.MONTH, where), rebuildSql(Span.DAY, where));
    }

    private static String rebuildSql(Span span, String where) {
        List<String> columns = new ArrayList<>(applicationColumns());
        columns.addAll(moveColumns());
        String sums = columns.stream().map(column -> "sum(x." + column + ")").collect(Collectors.joining(", "));
        return "insert into application_tally (span, period_start, requisition_id, " + String.join(", ", columns) + ")"
                + " select '" + span.name() + "', x.period_start, x.requisition_id, " + sums + " from ("
                + " select " + span.startSql("a.submitted_at") + " period_start, a.requisition_id, "
                + named(applicationMeasures()) + ", " + zeroMoves() + " from job_application a where 1 = 1" + where
                + " union all select " + span.startSql("c.changed_at") + " period_start, a.requisition_id, "
                + zeroApplications() + ", " + named(moveMeasures()) + " from application_stage_change c"
                + " join job_application a on a.id = c.application_id where c.from_stage is not null" + where
                + ") x group by x.period_start, x.requisition_id";
    }

    /** What one application adds to its rows, by column: the listener's delta. */
    static Map<String, Number> counted(ApplicationStage stage, ApplicationStage furthest, JobApplication.Source source,
            boolean referred, int sign) {
        Map<String, Number> delta = new LinkedHashMap<>();
        delta.put(furthest(furthest), sign);
        delta.put(now(stage), sign);
        delta.put(applications(source, referred), sign);
        if (stage == ApplicationStage.HIRED) {
            delta.put(hires(source, referred), sign);
        }
        return delta;
    }

    private static String when(String condition) {
        return "case when " + condition + " then 1 else 0 end";
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
