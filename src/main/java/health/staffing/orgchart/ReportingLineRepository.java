package health.staffing.orgchart;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportingLineRepository extends JpaRepository<ReportingLine, Long> {

    /** Lines up from the position (to its manager or dotted partners) in force on the day or planned after it. */
    @Query("""
            select rl from ReportingLine rl join fetch rl.superior
            where rl.subordinate = :position and rl.kind = :kind
              and (rl.effectiveTo is null or rl.effectiveTo > :day)
            """)
    List<ReportingLine> findUpwardFrom(Position position, ReportingLineKind kind, LocalDate day);

    /** Lines down to the position from others, in force on the day or planned after it. */
    @Query("""
            select rl from ReportingLine rl join fetch rl.subordinate
            where rl.superior = :position and rl.kind = :kind
              and (rl.effectiveTo is null or rl.effectiveTo > :day)
            """)
    List<ReportingLine> findDownwardFrom(Position position, ReportingLineKind kind, LocalDate day);

    /** Lines of either kind up from any of the positions, in force on the day or planned after it (bulk work). */
    @Query("""
            select rl from ReportingLine rl join fetch rl.superior
            where rl.subordinate in :positions and (rl.effectiveTo is null or rl.effectiveTo > :day)
            """)
    List<ReportingLine> findUpwardFromAny(Collection<Position> positions, LocalDate day);
}
