package health.staffing.jobalerts;

import health.staffing.base.DomainException;
import health.staffing.requisitions.AlertFrequency;
import health.staffing.requisitions.JobBoardService;
import health.staffing.requisitions.JobPlace;
import health.staffing.requisitions.JobSearch;
import health.staffing.requisitions.SavedJobSearches;
import health.staffing.security.CurrentUser;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A caregiver's saved job searches: saved from the job board, listed, their alerts changed, deleted —
 * each by its owner only (someone else's id is "not found", never "not yours"). The alert email's
 * unsubscribe link works without signing in: its token is random and turns off that one alert only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SavedSearchService implements SavedJobSearches {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    private static final String NOT_FOUND = "That saved search does not exist (any more).";

    private final SavedSearchRepository searches;
    private final JobBoardService board;

    SavedSearchService(SavedSearchRepository searches, JobBoardService board) {
        this.searches = searches;
        this.board = board;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> problems(String name, JobSearch search) {
        List<String> problems = new ArrayList<>(SavedSearchRules.problems(name, search));
        String me = CurrentUser.required();
        if (searches.countByUsername(me) >= SavedSearchRules.MAX_PER_PERSON) {
            problems.add("You have " + SavedSearchRules.MAX_PER_PERSON + " saved searches, the most one person keeps."
                    + " Delete one you no longer need first.");
        }
        // Only a name the rules accept is looked up: a NUL in it would fail the query on PostgreSQL.
        if (problems.isEmpty() && searches.existsByUsernameAndNameIgnoreCase(me, name.strip())) {
            problems.add("You already have a saved search named “" + name.strip() + "”. Choose another name.");
        }
        if (problems.isEmpty()) {
            try {
                centre(search);
            } catch (DomainException unknownPlace) {
                problems.add(unknownPlace.getMessage());
            }
        }
        return problems;
    }

    @Override
    @Transactional
    public long save(String name, JobSearch search, AlertFrequency frequency) {
        List<String> problems = problems(name, search);
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
        SavedSearch saved = new SavedSearch(CurrentUser.required(), name, search, centre(search),
                frequency == null ? AlertFrequency.NONE : frequency, newToken());
        return searches.save(saved).getId();
    }

    @Override
    @Transactional(readOnly = true)
    public long countMine() {
        return searches.countByUsername(CurrentUser.required());
    }

    /** The signed-in person's saved searches, by name. */
    @Transactional(readOnly = true)
    public List<SavedSearchSummary> mine() {
        return searches.findByUsernameOrderByNameAsc(CurrentUser.required()).stream().map(SavedSearch::toSummary)
                .toList();
    }

    /** Changes how often one of the signed-in person's searches alerts them. */
    @Transactional
    public SavedSearchSummary changeFrequency(long id, AlertFrequency frequency) {
        SavedSearch search = searches.findByIdAndUsername(id, CurrentUser.required())
                .orElseThrow(() -> new DomainException(NOT_FOUND));
        search.alert(frequency == null ? AlertFrequency.NONE : frequency);
        return search.toSummary();
    }

    /** Deletes one of the signed-in person's saved searches (and its alerts). */
    @Transactional
    public void delete(long id) {
        searches.delete(searches.findByIdAndUsername(id, CurrentUser.required())
                .orElseThrow(() -> new DomainException(NOT_FOUND)));
    }

    /** The alert an unsubscribe link stands for, if the link is one. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<AlertSubscription> subscription(String token) {
        return byToken(token).map(search -> new AlertSubscription(search.getName(), search.getFrequency()));
    }

    /** Turns off the alert an unsubscribe link stands for; the search stays saved. False for an unknown link. */
    @PreAuthorize("permitAll()")
    @Transactional
    public boolean unsubscribe(String token) {
        Optional<SavedSearch> search = byToken(token);
        search.ifPresent(found -> found.alert(AlertFrequency.NONE));
        return search.isPresent();
    }

    private Optional<SavedSearch> byToken(@Nullable String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        return searches.findByUnsubscribeToken(token);
    }

    private @Nullable JobPlace centre(JobSearch search) {
        return search.near() == null ? null : board.place(search.near());
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
