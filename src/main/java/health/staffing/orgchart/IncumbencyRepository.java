package health.staffing.orgchart;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IncumbencyRepository extends JpaRepository<Incumbency, Long> {

    /** Rows of the position still in force on the day or planned after it. */
    @Query("""
            select i from Incumbency i
            where i.position = :position and (i.effectiveTo is null or i.effectiveTo > :day)
            """)
    List<Incumbency> findCurrentAndPlanned(Position position, LocalDate day);

    /** Rows of the employee (in any seat) still in force on the day or planned after it. */
    @Query("""
            select i from Incumbency i join fetch i.position
            where i.employeeId = :employeeId and (i.effectiveTo is null or i.effectiveTo > :day)
            """)
    List<Incumbency> findCurrentAndPlannedOfEmployee(long employeeId, LocalDate day);

    /** Rows of any of the positions still in force on the day or planned after it (bulk work). */
    @Query("""
            select i from Incumbency i
            where i.position in :positions and (i.effectiveTo is null or i.effectiveTo > :day)
            """)
    List<Incumbency> findCurrentAndPlannedOfAny(Collection<Position> positions, LocalDate day);
}
