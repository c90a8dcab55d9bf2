package health.staffing.candidates.messages;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateMessageRepository extends JpaRepository<CandidateMessage, Long> {

    List<CandidateMessage> findByApplicationIdOrderByCreatedAtDescIdDesc(long applicationId);
}
