package health.staffing.approvals;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DelegationRepository extends JpaRepository<Delegation, Long> {

    @Query("""
            select d from Delegation d
            where d.delegate = :delegate and d.validFrom <= :day and d.validTo >= :day
            order by d.delegator
            """)
    List<Delegation> findActiveFor(String delegate, LocalDate day);

    @Query("""
            select d from Delegation d
            where d.delegator = :delegator and d.validFrom <= :day and d.validTo >= :day
            order by d.delegate
            """)
    List<Delegation> findActiveFrom(String delegator, LocalDate day);

    /** Still relevant (not over before the day), given or received. */
    @Query("""
            select d from Delegation d
            where (d.delegator = :username or d.delegate = :username) and d.validTo >= :day
            order by d.validFrom, d.id
            """)
    List<Delegation> findCurrentInvolving(String username, LocalDate day);
}
