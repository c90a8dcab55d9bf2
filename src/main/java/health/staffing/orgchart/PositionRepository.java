package health.staffing.orgchart;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PositionRepository extends JpaRepository<Position, Long> {

    @Query("select p from Position p join fetch p.organisation where p.code = :code")
    Optional<Position> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select p from Position p join fetch p.organisation where p.id in :ids")
    List<Position> findWithOrganisationByIdIn(Collection<Long> ids);

    @Query("select count(p) from Position p where p.status = health.staffing.orgchart.PositionStatus.ACTIVE")
    long countActive();

    @Query("""
            select count(p) from Position p
            where p.status = health.staffing.orgchart.PositionStatus.ACTIVE and p.incumbentEmployeeId is null
            """)
    long countVacant();

    @Query(value = """
            select p from Position p join fetch p.organisation
            where p.status = health.staffing.orgchart.PositionStatus.ACTIVE and p.incumbentEmployeeId is null
            order by p.title
            """, countQuery = """
            select count(p) from Position p
            where p.status = health.staffing.orgchart.PositionStatus.ACTIVE and p.incumbentEmployeeId is null
            """)
    Page<Position> findVacant(Pageable pageable);

    Optional<Position> findByIncumbentEmployeeId(Long employeeId);

    /**
     * Ids from the position up to its organisation's top along solid lines effective on the day,
     * nearest first. One recursive query (same SQL on H2 and PostgreSQL); the depth guard stops a
     * corrupt cycle from running forever.
     */
    @Query(nativeQuery = true, value = """
            with recursive chain(position_id, depth) as (
                select cast(:positionId as bigint), 0
                union all
                select rl.superior_position_id, chain.depth + 1
                from reporting_line rl
                join chain on rl.subordinate_position_id = chain.position_id
                where rl.kind = 'SOLID'
                  and rl.effective_from <= :day
                  and (rl.effective_to is null or rl.effective_to > :day)
                  and chain.depth < 100
            )
            select position_id from chain order by depth
            """)
    List<Long> pathToTopIds(long positionId, LocalDate day);
}
