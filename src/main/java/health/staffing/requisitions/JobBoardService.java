package health.staffing.requisitions;

import health.staffing.base.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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

    private static final int MAX_CANDIDATES_SHOWN = 5;
    private static final int MAX_PLACE_SHOWN = 60;
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

    /**
     * The place a centre names: a facility (its code, postal code, city or "city, ST"), else any US
     * postal code, "city, ST" or city found in one state only. Refused, saying why, when the place is
     * unknown or its name is in several states: a radius is never silently dropped.
     */
    @Transactional(readOnly = true)
    public JobPlace place(String centre) {
        String shown = centre.strip().length() <= MAX_PLACE_SHOWN ? centre.strip()
                : centre.strip().substring(0, MAX_PLACE_SHOWN - 1) + "…";
        return switch (board.lookUp(centre)) {
            case UsGazetteer.Lookup.Found found -> found.place();
            case UsGazetteer.Lookup.Ambiguous ambiguous -> throw new DomainException("“" + shown
                    + "” is a city in several states (" + String.join("; ", ambiguous.candidates().stream()
                            .limit(MAX_CANDIDATES_SHOWN).toList())
                    + (ambiguous.candidates().size() > MAX_CANDIDATES_SHOWN ? "; …" : "")
                    + "). Add the state, e.g. “" + ambiguous.candidates().getFirst() + "”.");
            case UsGazetteer.Lookup.Unknown unknown -> throw new DomainException("“" + shown
                    + "” is not a US place we know. Enter a postal code (21201), a city and state"
                    + " (Baltimore, MD) or pick a facility.");
        };
    }

    /** The employment categories of the postings live today, for the board's category filter. */
    @Transactional(readOnly = true)
    public List<String> categories() {
        return board.categories(LocalDate.now(clock));
    }

    private @Nullable JobPlace centre(JobSearch search) {
        return search.near() == null ? null : place(search.near());
    }

    /** The requisitions whose posting caregivers can see today (job alerts pick the new ones). */
    @Transactional(readOnly = true)
    public List<Long> liveRequisitionIds() {
        return board.liveRequisitionIds(LocalDate.now(clock));
    }

    /** The searchable facts of these requisitions' postings live today, to match saved searches in memory. */
    @Transactional(readOnly = true)
    public List<SearchablePosting> searchable(Collection<Long> requisitionIds) {
        return requisitionIds.isEmpty() ? List.of()
                : board.searchable(requisitionIds, LocalDate.now(clock), clock.getZone());
    }

    /** How many postings are live today: the job board's count on the home page. */
    @Transactional(readOnly = true)
    public long countLivePostings() {
        return versions.findLive(RequisitionStatus.POSTED, LocalDate.now(clock), "", PageRequest.of(0, 1))
                .getTotalElements();
    }
}
