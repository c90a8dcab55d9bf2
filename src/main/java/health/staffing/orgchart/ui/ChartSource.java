package health.staffing.orgchart.ui;

import health.staffing.orgchart.DottedLink;
import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.PositionSummary;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The four questions the chart asks, so the view-model can be tested without a database. */
interface ChartSource {

    List<PositionSummary> tops(String organisationCode, LocalDate day);

    List<PositionSummary> children(long positionId, LocalDate day);

    List<PositionSummary> pathToTop(long positionId, LocalDate day);

    List<DottedLink> dottedLinksTouching(Collection<Long> positionIds, LocalDate day);

    /** Dyads touching the positions; a source that knows none has none. */
    default List<DottedLink> dyadLinksTouching(Collection<Long> positionIds, LocalDate day) {
        return List.of();
    }

    static ChartSource of(OrgChartService service) {
        return new ChartSource() {
            @Override
            public List<PositionSummary> tops(String organisationCode, LocalDate day) {
                return service.topsOf(organisationCode, day);
            }

            @Override
            public List<PositionSummary> children(long positionId, LocalDate day) {
                return service.directReports(positionId, day);
            }

            @Override
            public List<PositionSummary> pathToTop(long positionId, LocalDate day) {
                return service.pathToTop(positionId, day);
            }

            @Override
            public List<DottedLink> dottedLinksTouching(Collection<Long> positionIds, LocalDate day) {
                return service.dottedLinksTouching(positionIds, day);
            }

            @Override
            public List<DottedLink> dyadLinksTouching(Collection<Long> positionIds, LocalDate day) {
                return service.dyadLinksTouching(positionIds, day);
            }
        };
    }
}
