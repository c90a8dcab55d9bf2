package health.staffing.candidates.scorecards;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScorecardRepository extends JpaRepository<Scorecard, Long> {

    Optional<Scorecard> findByApplicationIdAndReviewer(long applicationId, String reviewer);

    List<Scorecard> findByApplicationIdOrderByAssignedAtAscIdAsc(long applicationId);

    /** The reviewer's assignments outside the given requisitions (those they are a candidate on). */
    @Query(value = "select s from Scorecard s where s.reviewer = :reviewer and s.applicationId not in"
            + " (select a.id from JobApplication a where a.requisitionId in :excluded)",
            countQuery = "select count(s) from Scorecard s where s.reviewer = :reviewer and s.applicationId not in"
            + " (select a.id from JobApplication a where a.requisitionId in :excluded)")
    Page<Scorecard> findByReviewerOutside(String reviewer, Collection<Long> excluded, Pageable page);

    @Query("select count(s) from Scorecard s where s.reviewer = :reviewer and s.applicationId not in"
            + " (select a.id from JobApplication a where a.requisitionId in :excluded)")
    long countByReviewerOutside(String reviewer, Collection<Long> excluded);

    boolean existsByApplicationIdAndReviewer(long applicationId, String reviewer);

    boolean existsByReviewerAndStatus(String reviewer, Scorecard.Status status);

    /**
     * Writes the submitted scorecards' figures onto the application for the review grid. A bulk
     * update on purpose: a reviewer's submission must not bump the application's version, or HR's
     * next stage move on a grid loaded a minute ago would be refused as stale.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update JobApplication a set a.scoreAvg = :average, a.scoreCount = :count where a.id = :applicationId")
    int updateScore(long applicationId, @Nullable BigDecimal average, int count);
}
