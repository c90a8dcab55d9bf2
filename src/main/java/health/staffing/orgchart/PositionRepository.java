package health.staffing.orgchart;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PositionRepository extends JpaRepository<Position, Long> {

    @Query("select p from Position p join fetch p.organisation where p.code = :code")
    Optional<Position> findByCode(String code);

    boolean existsByCode(String code);

    /**
     * For bulk work (the CSV import): callers keep the list of codes to a few hundred and load the
     * (few) organisations first, so no join is needed and the unique index on the code is used.
     */
    @Query("select p from Position p where p.code in :codes")
    List<Position> findAllByCodeIn(Collection<String> codes);
}
