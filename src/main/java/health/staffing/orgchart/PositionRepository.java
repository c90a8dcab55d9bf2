package health.staffing.orgchart;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PositionRepository extends JpaRepository<Position, Long> {

    @Query("select p from Position p join fetch p.organisation where p.code = :code")
    Optional<Position> findByCode(String code);

    boolean existsByCode(String code);

    /**
     * Moves the position's version on if it is still {@code expected}: 0 rows when someone changed it
     * meanwhile. The row stays locked until the transaction ends, so a change at the same moment waits
     * and then finds the new version.
     */
    @Modifying(flushAutomatically = true)
    @Query("update Position p set p.version = p.version + 1 where p.id = :id and p.version = :expected")
    int claim(long id, long expected);

    /**
     * For bulk work (the CSV import): callers keep the list of codes to a few hundred and load the
     * (few) organisations first, so no join is needed and the unique index on the code is used.
     */
    @Query("select p from Position p where p.code in :codes")
    List<Position> findAllByCodeIn(Collection<String> codes);
}
