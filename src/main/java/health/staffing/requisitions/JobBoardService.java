package health.staffing.requisitions;

import health.staffing.base.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal job board: every signed-in caregiver searches the postings live today by keywords,
 * place and radius, category, pay and work arrangement ({@link JobSearch}), read with SQL by
 * {@link JobBoardQueries}. Writing and publishing postings is {@link PostingService}'s.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class JobBoardService {

    private final JobBoardQueries board;
    private final PostingVersionRepository versions;
    private final Clock clock;

    JobBoardService(JobBoardQueries board, PostingVersionRepository versions, Clock clock) {
        this.board = board;
        this.versions = versions;
        this.clock = clock;
    }

    /**
     * The job board: live postings open today that match every filter of the search, in its order.
     * A centre that names no known facility, city or postal code is refused.
     */
    @Transactional(readOnly = true)
    public List<JobListing> search(JobSearch search, Pageable page) {
        JobSearch s = search == null ? JobSearch.ALL : search;
        return board.search(s, centre(s), LocalDate.now(clock), clock.instant(), page.getOffset(), page.getPageSize());
    }

    /** How many live postings match the search (the board's result count). */
    @Transactional(readOnly = true)
    public long count(JobSearch search) {
        JobSearch s = search == null ? JobSearch.ALL : search;
        return board.count(s, centre(s), LocalDate.now(clock), clock.instant());
    }

    /** The facilities a radius search can start from. */
    @Transactional(readOnly = true)
    public List<JobPlace> places() {
        return board.places();
    }

    /** The facility a centre names: its code, postal code, city or "city, ST". */
    @Transactional(readOnly = true)
    public Optional<JobPlace> place(String centre) {
        return board.place(centre);
    }

    /** The employment categories of the postings live today, for the board's category filter. */
    @Transactional(readOnly = true)
    public List<String> categories() {
        return board.categories(LocalDate.now(clock));
    }

    private @Nullable JobPlace centre(JobSearch search) {
        if (search.near() == null) {
            return null;
        }
        return board.place(search.near()).orElseThrow(() -> new DomainException("There is no facility, city or postal code \""
                + search.near() + "\" to search around. Pick one from the list."));
    }

    /** How many postings are live today: the job board's count on the home page. */
    @Transactional(readOnly = true)
    public long countLivePostings() {
        return versions.findLive(RequisitionStatus.POSTED, LocalDate.now(clock), "", PageRequest.of(0, 1))
                .getTotalElements();
    }
}
