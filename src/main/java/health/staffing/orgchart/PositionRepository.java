package health.staffing.orgchart;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PositionRepository extends JpaRepository<Position, Long> {

    @Query("select p from Position p join fetch p.organisation where p.code = :code")
    Optional<Position> findByCode(String code);

    boolean existsByCode(String code);
}
