package health.staffing.candidates.referrals;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    List<Referral> findByReferrerAndReferenceOrderByCreatedAtDesc(String referrer, String reference);

    Optional<Referral> findByRequisitionIdAndReferredEmployeeIdAndApplicationIdIsNull(long requisitionId,
            long referredEmployeeId);

    Optional<Referral> findByRequisitionIdAndReferredEmailAndApplicationIdIsNull(long requisitionId,
            String referredEmail);

    Optional<Referral> findByApplicationId(long applicationId);

    boolean existsByRequisitionIdAndReferredEmployeeId(long requisitionId, long referredEmployeeId);

    boolean existsByRequisitionIdAndReferredEmail(long requisitionId, String referredEmail);
}
