package health.staffing.requisitions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PostingVersionRepository extends JpaRepository<PostingVersion, Long> {

    List<PostingVersion> findByRequisitionIdOrderByNumberDesc(long requisitionId);

    Optional<PostingVersion> findByRequisitionIdAndNumber(long requisitionId, int number);

    Optional<PostingVersion> findFirstByRequisitionIdOrderByNumberDesc(long requisitionId);
}
