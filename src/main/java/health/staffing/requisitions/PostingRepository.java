package health.staffing.requisitions;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostingRepository extends JpaRepository<Posting, Long> {

    Optional<Posting> findByRequisitionId(long requisitionId);
}
