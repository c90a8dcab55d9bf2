package health.staffing.orgchart;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportingLineRepository extends JpaRepository<ReportingLine, Long> {

    @Query("""
            select rl from ReportingLine rl
            join fetch rl.superior s join fetch s.organisation
            where rl.subordinate.id = :positionId and rl.kind = :kind
              and rl.effectiveFrom <= :day and (rl.effectiveTo is null or rl.effectiveTo > :day)
            """)
    List<ReportingLine> findUpward(long positionId, ReportingLineKind kind, LocalDate day);

    @Query("""
            select rl from ReportingLine rl
            join fetch rl.subordinate s join fetch s.organisation
            where rl.superior.id = :positionId and rl.kind = :kind
              and rl.effectiveFrom <= :day and (rl.effectiveTo is null or rl.effectiveTo > :day)
            order by s.title
            """)
    List<ReportingLine> findDownward(long positionId, ReportingLineKind kind, LocalDate day);

    /** Tops are active positions with no solid line upward on the day. */
    @Query("""
            select count(p) from Position p
            where p.organisation.id = :organisationId
              and p.status = health.staffing.orgchart.PositionStatus.ACTIVE
              and not exists (
                  select 1 from ReportingLine rl
                  where rl.subordinate = p and rl.kind = health.staffing.orgchart.ReportingLineKind.SOLID
                    and rl.effectiveFrom <= :day and (rl.effectiveTo is null or rl.effectiveTo > :day))
            """)
    long countTopPositions(long organisationId, LocalDate day);
}
