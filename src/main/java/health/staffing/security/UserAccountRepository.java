package health.staffing.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** Searches take "" for "everyone": a null parameter has no type on PostgreSQL. */
interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** Only the employee id: the candidate grid asks on every page and needs neither the account nor its roles. */
    @Query("select u.employeeId from UserAccount u where u.username = :username")
    Optional<Long> findEmployeeIdByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findByExternalId(String externalId);

    /** A password sign-in: when, without loading or versioning the account (nobody edits this). */
    @Modifying
    @Transactional
    @Query("update UserAccount u set u.lastSignInAt = :at where u.username = :username")
    int recordSignIn(String username, Instant at);

    Optional<UserAccount> findFirstByEmployeeIdAndEnabledTrue(Long employeeId);

    Optional<UserAccount> findFirstByEmployeeId(Long employeeId);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    @Query("select u from UserAccount u where u.enabled = true and :role member of u.roles order by u.displayName")
    List<UserAccount> findEnabledWithRole(String role);

    @Query("""
            select u from UserAccount u
            where u.enabled = true and :role member of u.roles
              and (lower(u.displayName) like :pattern or lower(u.username) like :pattern)
            order by u.displayName, u.id
            """)
    List<UserAccount> findEnabledWithRole(String role, String pattern, Pageable page);

    @Query("""
            select u from UserAccount u
            where lower(u.username) like lower(concat('%', :text, '%'))
               or lower(u.displayName) like lower(concat('%', :text, '%'))
            """)
    Page<UserAccount> search(String text, Pageable pageable);

    @Query("""
            select count(u) from UserAccount u
            where lower(u.username) like lower(concat('%', :text, '%'))
               or lower(u.displayName) like lower(concat('%', :text, '%'))
            """)
    long countSearch(String text);
}
