package health.staffing.jobalerts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedSearchRepository extends JpaRepository<SavedSearch, Long> {

    List<SavedSearch> findByUsernameOrderByNameAsc(String username);

    long countByUsername(String username);

    boolean existsByUsernameAndNameIgnoreCase(String username, String name);

    Optional<SavedSearch> findByIdAndUsername(long id, String username);

    Optional<SavedSearch> findByUnsubscribeToken(String unsubscribeToken);
}
