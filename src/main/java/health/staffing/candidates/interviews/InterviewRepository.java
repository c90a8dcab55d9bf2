package health.staffing.candidates.interviews;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterviewRepository extends JpaRepository<Interview, Long> {

    List<Interview> findByApplicationIdOrderByStartsAt(long applicationId);

    @Query("select distinct i from Interview i join i.panel p where p = :username and i.startsAt >= :from"
            + " and i.status = health.staffing.candidates.interviews.InterviewStatus.SCHEDULED order by i.startsAt")
    List<Interview> upcomingOnPanel(String username, Instant from, Pageable page);

    @Query("select i from Interview i where i.applicationId in :applicationIds and i.startsAt > :after"
            + " and i.status = health.staffing.candidates.interviews.InterviewStatus.SCHEDULED order by i.startsAt")
    List<Interview> upcomingForApplications(Collection<Long> applicationIds, Instant after);

    @Query("select i from Interview i, JobApplication a where a.id = i.applicationId"
            + " and a.candidate.employeeId = :employeeId and i.startsAt >= :from"
            + " and i.status = health.staffing.candidates.interviews.InterviewStatus.SCHEDULED order by i.startsAt")
    List<Interview> upcomingForEmployee(long employeeId, Instant from);
}
