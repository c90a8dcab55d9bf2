package health.staffing.candidates.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewSettingsRepository extends JpaRepository<ReviewSettings, Long> {

    @Query("select s.requisitionId from ReviewSettings s where s.blindFirstPass = true and s.requisitionId in :requisitionIds")
    List<Long> blindAmong(Collection<Long> requisitionIds);
}
