package health.staffing.candidates.offers;

import health.staffing.candidates.Candidate;
import health.staffing.candidates.JobApplication;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobOfferRepository extends JpaRepository<JobOffer, Long> {

    List<JobOffer> findByApplicationOrderByOfferedAtDescIdDesc(JobApplication application);

    boolean existsByApplicationAndStatusIn(JobApplication application, Collection<OfferStatus> statuses);

    List<JobOffer> findByStatusOrderByExceptionRequestedAtAscIdAsc(OfferStatus status, Pageable page);

    long countByStatus(OfferStatus status);

    List<JobOffer> findByApplicationCandidateAndStatusInOrderByOfferedAtDescIdDesc(Candidate candidate,
            Collection<OfferStatus> statuses);

    long countByRequisitionIdAndStatus(long requisitionId, OfferStatus status);
}
