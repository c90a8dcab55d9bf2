package health.staffing.insight;

import health.staffing.candidates.ApplicationStage;
import health.staffing.candidates.ApplicationTally;
import health.staffing.candidates.HiringAccess;
import health.staffing.candidates.JobApplication;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import health.staffing.security.UserAccountService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hiring dashboard's figures, one method per panel group so each is measured and shown alone.
 * Requisitions and approvals are for everyone who sees requisitions (a hiring manager: their own);
 * hiring (candidates, offers) only for HR and hiring managers (their hiring team's requisitions); seats
 * for those who see every requisition. A person with several roles gets each role's share.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HIRING_MANAGER', 'RECRUITER', 'CMO_OFFICE', 'FINANCE', 'ADMIN')")
public class DashboardService {

    /** How many requisitions the per-requisition funnel lists. */
    private static final int FUNNEL_REQUISITIONS = 25;

    private final DashboardQueries queries;
    private final HiringAccess hiringAccess;
    private final UserAccountService accounts;
    private final Clock clock;

    DashboardService(DashboardQueries queries, HiringAccess hiringAccess, UserAccountService accounts, Clock clock) {
        this.queries = queries;
        this.hiringAccess = hiringAccess;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Which panel groups the signed-in person sees. */
    public DashboardSections sections() {
        Set<String> roles = CurrentUser.roles();
        boolean hiring = roles.contains(AppRoles.RECRUITER) || roles.contains(AppRoles.HIRING_MANAGER);
        boolean all = RequisitionService.seesAllRequisitions(roles);
        return new DashboardSections(all, hiring, all);
    }

    /** The requisitions open today in the filter's entity, department and category, five breakdowns and their cost. */
    public OpenRequisitions openRequisitions(DashboardFilter filter) {
        queries.planForTheseValues();
        List<DashboardQueries.OpenRow> rows = queries.openRequisitions(filter, scope(false));
        Instant now = Instant.now(clock);
        Map<String, String> recruiters = accounts.displayNames(rows.stream().map(DashboardQueries.OpenRow::recruiter)
                .collect(Collectors.toSet()));
        List<Tally> byStatus = tallies(rows, row -> row.status().name(), key -> RequisitionStatus.valueOf(key).label(),
                Comparator.comparing(tally -> RequisitionStatus.valueOf(tally.key())));
        List<Tally> byAge = tallies(rows, row -> AgeBand.of(ChronoUnit.DAYS.between(row.createdAt(), now)).name(),
                key -> AgeBand.valueOf(key).label(), Comparator.comparing(tally -> AgeBand.valueOf(tally.key())));
        Comparator<Tally> largestFirst = Comparator.comparingLong(Tally::count).reversed()
                .thenComparing(Tally::label);
        return new OpenRequisitions(rows.size(), rows.stream().mapToLong(DashboardQueries.OpenRow::openings).sum(),
                sum(rows, DashboardQueries.OpenRow::costMin), sum(rows, DashboardQueries.OpenRow::costMax), byStatus,
                tallies(rows, DashboardQueries.OpenRow::organisationCode, Function.identity(), largestFirst),
                tallies(rows, DashboardQueries.OpenRow::department, Function.identity(), largestFirst),
                tallies(rows, DashboardQueries.OpenRow::recruiter, key -> recruiters.getOrDefault(key, key), largestFirst),
                byAge, count(rows, RequisitionStatus.ON_HOLD), count(rows, RequisitionStatus.CHANGES_REQUESTED));
    }

    /** Approval cycle times for the period and where requisitions wait now. */
    public ApprovalFigures approvals(DashboardFilter filter) {
        queries.planForTheseValues();
        DashboardQueries.Scope scope = scope(false);
        ZoneId zone = clock.getZone();
        Map<String, Long> stopped = queries.stoppedRounds(filter, scope, zone);
        return new ApprovalFigures(queries.stepDurations(filter, scope, zone), queries.chainDurations(filter, scope, zone),
                queries.waitingNow(filter, scope, Instant.now(clock)), stopped.getOrDefault("CHANGES_REQUESTED", 0L),
                stopped.getOrDefault("REJECTED", 0L));
    }

    /** Time to fill and start, the funnel, sources and offers for the period (HR; a hiring manager's team). */
    @PreAuthorize("hasAnyRole('HIRING_MANAGER', 'RECRUITER')")
    public HiringFigures hiring(DashboardFilter filter) {
        queries.planForTheseValues();
        DashboardQueries.Scope scope = scope(true);
        ZoneId zone = clock.getZone();
        List<DashboardQueries.AcceptedRow> accepted = queries.acceptedOffers(filter, scope, zone);
        DashboardQueries.HiringTally tally = queries.hiringTally(filter, scope, zone, FUNNEL_REQUISITIONS);
        Map<String, Long> applications = tally.totals().applications();
        return new HiringFigures(
                Percentiles.durations("all", "All", daysToFill(accepted)),
                Percentiles.durations("all", "All", daysToStart(accepted, zone)),
                grouped(accepted, DashboardQueries.AcceptedRow::organisationCode, DashboardService::daysToFill),
                grouped(accepted, DashboardQueries.AcceptedRow::category, DashboardService::daysToFill),
                grouped(accepted, DashboardQueries.AcceptedRow::organisationCode, rows -> daysToStart(rows, zone)),
                trend(accepted, filter, zone), funnelStages(applications, tally.totals().stageTimes()),
                tally.busiest(), sourceFigures(applications),
                internalMobility(applications), queries.offers(filter, scope, zone));
    }

    /** Vacant seats and seats at retirement risk today, in the filter's entity and department. */
    @PreAuthorize("hasAnyRole('RECRUITER', 'CMO_OFFICE', 'FINANCE', 'ADMIN')")
    public SeatFigures seats(DashboardFilter filter) {
        queries.planForTheseValues();
        LocalDate today = LocalDate.now(clock);
        List<DashboardQueries.VacantSeatRow> vacant = queries.vacantSeats(filter, today);
        List<VacantSeat> seats = vacant.stream()
                .map(row -> new VacantSeat(row.code(), row.title(), row.organisationCode(), row.department(),
                        ChronoUnit.DAYS.between(row.vacantSince(), today), row.retirementRisk(), row.openRequisitions()))
                .sorted(Comparator.comparingLong(VacantSeat::vacantDays).reversed().thenComparing(VacantSeat::code))
                .toList();
        double[] days = seats.stream().mapToDouble(VacantSeat::vacantDays).toArray();
        List<RiskSeat> risk = queries.riskSeats(filter, today).stream()
                .sorted(Comparator.comparing(RiskSeat::successors).thenComparing(RiskSeat::readyNow)
                        .thenComparing(RiskSeat::code))
                .toList();
        return new SeatFigures(seats.size(), Percentiles.of(days, 0.5),
                seats.stream().filter(seat -> seat.openRequisitions() == 0).count(),
                seats.subList(0, Math.min(SeatFigures.LISTED, seats.size())), risk.size(),
                risk.stream().filter(seat -> seat.successors() == 0).count(),
                risk.stream().filter(RiskSeat::readyNow).count(), risk.subList(0, Math.min(SeatFigures.LISTED, risk.size())));
    }

    /**
     * The row rules of the person asking: for hiring figures the candidate grid's (decision 10), for the
     * rest the requisition grid's.
     */
    private DashboardQueries.Scope scope(boolean hiring) {
        String me = CurrentUser.required();
        boolean all = RequisitionService.seesAllRequisitions(CurrentUser.roles());
        if (!hiring) {
            return new DashboardQueries.Scope(me, all, null, Set.of(), null, Set.of());
        }
        HiringAccess.Viewer viewer = hiringAccess.viewer();
        return new DashboardQueries.Scope(me, all, viewer.reviewedRequisitions(), viewer.candidacies(),
                viewer.managesNoApplicant() ? null : viewer.employeeId(), viewer.team());
    }

    private static List<Tally> tallies(List<DashboardQueries.OpenRow> rows,
            Function<DashboardQueries.OpenRow, String> key, Function<String, String> label, Comparator<Tally> order) {
        Map<String, List<DashboardQueries.OpenRow>> groups = rows.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        List<Tally> tallies = new ArrayList<>();
        groups.forEach((group, members) -> tallies.add(new Tally(group, label.apply(group), members.size(),
                sum(members, DashboardQueries.OpenRow::costMin), sum(members, DashboardQueries.OpenRow::costMax))));
        tallies.sort(order);
        return tallies;
    }

    private static BigDecimal sum(List<DashboardQueries.OpenRow> rows,
            Function<DashboardQueries.OpenRow, @Nullable BigDecimal> amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (DashboardQueries.OpenRow row : rows) {
            BigDecimal value = amount.apply(row);
            if (value != null) {
                total = total.add(value);
            }
        }
        return total.setScale(0, java.math.RoundingMode.HALF_UP);
    }

    private static long count(List<DashboardQueries.OpenRow> rows, RequisitionStatus status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }

    /** Days from the requisition's approval to the acceptance; offers whose approval is unknown are left out. */
    private static double[] daysToFill(List<DashboardQueries.AcceptedRow> rows) {
        return approvedOnly(rows).stream().mapToDouble(row -> days(approval(row), row.acceptedAt())).toArray();
    }

    /** Whole days from the day of the approval to the agreed start date. */
    private static double[] daysToStart(List<DashboardQueries.AcceptedRow> rows, ZoneId zone) {
        return approvedOnly(rows).stream().mapToDouble(row -> ChronoUnit.DAYS.between(
                LocalDate.ofInstant(approval(row), zone), row.startDate())).toArray();
    }

    private static List<DashboardQueries.AcceptedRow> approvedOnly(List<DashboardQueries.AcceptedRow> rows) {
        return rows.stream().filter(row -> row.approvedAt() != null).toList();
    }

    private static Instant approval(DashboardQueries.AcceptedRow row) {
        return Objects.requireNonNull(row.approvedAt(), "approvedOnly keeps rows with an approval");
    }

    private static double days(Instant from, Instant to) {
        return (to.getEpochSecond() - from.getEpochSecond()) / 86_400.0;
    }

    private static List<Durations> grouped(List<DashboardQueries.AcceptedRow> rows,
            Function<DashboardQueries.AcceptedRow, String> key,
            Function<List<DashboardQueries.AcceptedRow>, double[]> days) {
        Map<String, List<DashboardQueries.AcceptedRow>> groups = rows.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<Durations> durations = new ArrayList<>();
        groups.forEach((group, members) -> durations.add(Percentiles.durations(group, group, days.apply(members))));
        return durations;
    }

    /** Every month of the period, those without an accepted offer too: a gap is part of the trend. */
    private static List<MonthFigure> trend(List<DashboardQueries.AcceptedRow> rows, DashboardFilter filter,
            ZoneId zone) {
        Map<YearMonth, List<DashboardQueries.AcceptedRow>> months = rows.stream().collect(Collectors.groupingBy(
                row -> YearMonth.from(row.acceptedAt().atZone(zone)), TreeMap::new, Collectors.toList()));
        List<MonthFigure> trend = new ArrayList<>();
        for (YearMonth month = YearMonth.from(filter.from()); !month.isAfter(YearMonth.from(filter.to()));
                month = month.plusMonths(1)) {
            List<DashboardQueries.AcceptedRow> members = months.getOrDefault(month, List.of());
            trend.add(new MonthFigure(month, members.size(), Percentiles.of(daysToFill(members), 0.5)));
        }
        return trend;
    }

    /**
     * Applied to hired: reached is every application whose furthest stage is this one or later; the days
     * in a stage are the average of the moves out of it in the period.
     */
    private static List<FunnelStage> funnelStages(Map<String, Long> applications,
            Map<ApplicationStage, DashboardQueries.StageTime> stageTimes) {
        List<FunnelStage> stages = new ArrayList<>();
        Long previous = null;
        for (ApplicationStage stage : ApplicationTally.FURTHEST) {
            long reached = stage.andLater().stream()
                    .mapToLong(later -> applications.getOrDefault(ApplicationTally.furthest(later), 0L)).sum();
            Double conversion = previous == null || previous == 0 ? null : (double) reached / previous;
            DashboardQueries.StageTime time = stageTimes.get(stage);
            Double days = stage == ApplicationStage.HIRED || time == null || time.moves() == 0 ? null
                    : time.days() / time.moves();
            stages.add(new FunnelStage(stage, reached, applications.getOrDefault(ApplicationTally.now(stage), 0L),
                    conversion, days));
            previous = reached;
        }
        return stages;
    }

    private static List<SourceFigure> sourceFigures(Map<String, Long> applications) {
        long internal = sourceTotal(applications, ApplicationTally::applications, JobApplication.Source.INTERNAL, null);
        long external = sourceTotal(applications, ApplicationTally::applications, JobApplication.Source.EXTERNAL, null);
        long referred = sourceTotal(applications, ApplicationTally::applications, null, true);
        return List.of(new SourceFigure("Internal", "Internal (caregivers)", internal,
                        sourceTotal(applications, ApplicationTally::hires, JobApplication.Source.INTERNAL, null)),
                new SourceFigure("External", "External", external,
                        sourceTotal(applications, ApplicationTally::hires, JobApplication.Source.EXTERNAL, null)),
                new SourceFigure("Referral", "Referred (of both)", referred,
                        sourceTotal(applications, ApplicationTally::hires, null, true)));
    }

    /** The sum of a source column over the sources and referral asked for (null: either). */
    private static long sourceTotal(Map<String, Long> applications,
            BiFunction<JobApplication.Source, Boolean, String> column, JobApplication.@Nullable Source only,
            @Nullable Boolean referredOnly) {
        long total = 0;
        for (JobApplication.Source source : JobApplication.Source.values()) {
            for (boolean referred : List.of(false, true)) {
                if ((only == null || only == source) && (referredOnly == null || referredOnly == referred)) {
                    total += applications.getOrDefault(column.apply(source, referred), 0L);
                }
            }
        }
        return total;
    }

    /** Of those hired, the share who were caregivers already; null when nobody was hired. */
    private static @Nullable Double internalMobility(Map<String, Long> applications) {
        long hired = sourceTotal(applications, ApplicationTally::hires, null, null);
        long internal = sourceTotal(applications, ApplicationTally::hires, JobApplication.Source.INTERNAL, null);
        return hired == 0 ? null : (double) internal / hired;
    }

    /** The categories the filter offers: those of the requisitions the person sees. */
    public List<String> categories() {
        return queries.categories(scope(false));
    }
}
