package health.staffing.orgchart;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.DatabaseTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** The hand-written queries, on H2 and (in the postgres execution) PostgreSQL. */
@DatabaseTest
@Transactional
class PositionRepositoryIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    PositionRepository positions;
    @Autowired
    ReportingLineRepository lines;
    @Autowired
    OrganisationRepository organisations;

    @Test
    void recursive_path_query_walks_solid_lines_only() {
        Position director = positions.findByCode("MPH-SDMD-UM").orElseThrow();

        List<Long> path = positions.pathToTopIds(director.getId(), TODAY);

        assertThat(path).hasSize(3);
        assertThat(positions.findWithOrganisationByIdIn(path)).extracting(Position::getCode)
                .containsExactlyInAnyOrder("MPH-SDMD-UM", "MPH-CMO", "MPH-CEO");
    }

    @Test
    void path_query_before_any_line_existed_is_just_the_position() {
        Position director = positions.findByCode("MPH-SDMD-UM").orElseThrow();

        assertThat(positions.pathToTopIds(director.getId(), LocalDate.of(2000, 1, 1))).containsExactly(director.getId());
    }

    @Test
    void path_query_stops_on_a_corrupt_cycle() {
        Position ceo = positions.findByCode("MH-CEO").orElseThrow();
        Position coo = positions.findByCode("MH-COO").orElseThrow();
        lines.saveAndFlush(ReportingLine.solid(ceo, coo, LocalDate.of(2025, 1, 1)));

        assertThat(positions.pathToTopIds(coo.getId(), TODAY)).hasSizeLessThanOrEqualTo(101);
    }

    @Test
    void each_seed_organisation_has_exactly_one_top() {
        for (Organisation organisation : organisations.findAll()) {
            assertThat(lines.countTopPositions(organisation.getId(), TODAY)).as(organisation.getName()).isEqualTo(1);
        }
    }

    @Test
    void vacancies_are_paged_in_title_order() {
        List<Position> firstPage = positions.findVacant(PageRequest.of(0, 3)).getContent();

        assertThat(firstPage).hasSize(3).allMatch(Position::isVacant);
        assertThat(firstPage).extracting(Position::getTitle).isSorted();
        assertThat(positions.countVacant()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void downward_lines_list_reports_in_title_order() {
        Position executive = positions.findByCode("MH-ED-MG").orElseThrow();

        assertThat(lines.findDownward(executive.getId(), ReportingLineKind.SOLID, TODAY))
                .extracting(line -> line.getSubordinate().getTitle())
                .containsExactly("Director of Operations, Medical Group", "Medical Director, Medical Group");
    }
}
