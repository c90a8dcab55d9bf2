package health.staffing.candidates;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface JobApplicationRepository extends JpaRepository<JobApplication, Long> {

    /** The application with its row locked until the transaction ends (two scorecards submitted at once). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from JobApplication a where a.id = :id")
    Optional<JobApplication> lockById(long id);

    Optional<JobApplication> findByRequisitionIdAndCandidate(long requisitionId, Candidate candidate);

    List<JobApplication> findByCandidateOrderBySubmittedAtDesc(Candidate candidate);

    List<JobApplication> findByRequisitionId(long requisitionId);

    boolean existsByApplicantManagerEmployeeId(long employeeId);

    /** The requisitions a person is a candidate on: as an employee, or as an external record with their address. */
    @Query("select distinct a.requisitionId from JobApplication a where a.candidate.employeeId = :employeeId"
            + " or a.candidate.emailKey = :emailKey")
    List<Long> requisitionsOfCandidate(long employeeId, String emailKey);

    /** Applications of people this employee managed when they applied, outside the given (team) requisitions. */
    @Query("select a.id from JobApplication a where a.applicantManagerEmployeeId = :employeeId"
            + " and a.requisitionId not in :team")
    List<Long> managedOutsideTeam(long employeeId, Collection<Long> team);

    @Query("select a.stage, count(a) from JobApplication a where a.requisitionId = :requisitionId group by a.stage")
    List<Object[]> countByStage(long requisitionId);

    @Query("select count(a) from JobApplication a where a.reference = :reference and a.stage <> "
            + "health.staffing.candidates.ApplicationStage.WITHDRAWN")
    long countActive(String reference);
}
