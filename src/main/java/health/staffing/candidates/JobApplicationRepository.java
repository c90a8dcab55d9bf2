package health.staffing.candidates;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface JobApplicationRepository extends JpaRepository<JobApplication, Long>, JpaSpecificationExecutor<JobApplication> {

    Optional<JobApplication> findByRequisitionIdAndCandidate(long requisitionId, Candidate candidate);

    List<JobApplication> findByCandidateOrderBySubmittedAtDesc(Candidate candidate);

    List<JobApplication> findByRequisitionId(long requisitionId);

    boolean existsByApplicantManagerEmployeeId(long employeeId);

    @Query("select count(a) from JobApplication a where a.reference = :reference and a.stage <> "
            + "health.staffing.candidates.ApplicationStage.WITHDRAWN")
    long countActive(String reference);
}
