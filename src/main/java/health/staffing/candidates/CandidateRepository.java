package health.staffing.candidates;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CandidateRepository extends JpaRepository<Candidate, Long> {

    Optional<Candidate> findByEmployeeId(long employeeId);

    Optional<Candidate> findByEmailKey(String emailKey);
}
