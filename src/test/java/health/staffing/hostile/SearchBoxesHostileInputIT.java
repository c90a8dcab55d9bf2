package health.staffing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.As;
import health.staffing.DatabaseTest;
import health.staffing.base.DomainException;
import health.staffing.candidates.review.CandidateReviewService;
import health.staffing.candidates.review.ReviewFilter;
import health.staffing.hostile.HostileTrials.Outcome;
import health.staffing.orgchart.OrgChartService;
import health.staffing.people.EmployeeService;
import health.staffing.requisitions.JobBoardService;
import health.staffing.requisitions.JobSearch;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.RequisitionFilter;
import health.staffing.requisitions.RequisitionService;
import health.staffing.security.UserAccountService;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Every search box of the portal, tried with every entry of the hostile corpus through its service
 * on H2 and on PostgreSQL (which refuses a NUL in any statement): a search answers — usually with
 * nothing found — or says what is wrong; it never fails. Searches change nothing, so nothing to roll back.
 */
@DatabaseTest
class SearchBoxesHostileInputIT {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 20);

    @Autowired
    PostingService postings;
    @Autowired
    JobBoardService board;
    @Autowired
    OrgChartService orgChart;
    @Autowired
    UserAccountService accounts;
    @Autowired
    EmployeeService employees;
    @Autowired
    RequisitionService requisitions;
    @Autowired
    CandidateReviewService review;

    @Test
    void every_search_box_answers_or_says_what_is_wrong() {
        HostileTrials.of("search boxes")
                .field("Job board keywords", value -> answers("caregiver",
                        () -> board.search(JobSearch.keywords(value), FIRST_PAGE)))
                .field("Job board near", value -> answers("caregiver",
                        () -> board.search(new JobSearch(null, value, 25, null, null, null, null, null, null, null),
                                FIRST_PAGE)))
                .field("Job board category", value -> answers("caregiver",
                        () -> board.search(new JobSearch(null, null, null, value, null, null, null, null, null, null),
                                FIRST_PAGE)))
                .field("Org chart search", value -> answers("caregiver", () -> orgChart.search(value, LocalDate.now())))
                .field("Administration: accounts", value -> answers("admin", () -> {
                    accounts.count(value);
                    return accounts.search(value, FIRST_PAGE);
                }))
                .field("Employee picker", value -> answers("admin", () -> employees.searchByName(value, 20)))
                .field("Requisitions: title or reference", value -> answers("recruiter", () -> {
                    requisitions.count(filter(value, null));
                    return requisitions.list(filter(value, null), FIRST_PAGE);
                }))
                .field("Requisitions: department", value -> answers("recruiter",
                        () -> requisitions.list(filter(null, value), FIRST_PAGE)))
                .field("Candidates: job reference", value -> answers("recruiter", () -> {
                    review.count(new ReviewFilter(value, Set.of(), null));
                    return review.review(new ReviewFilter(value, Set.of(), null), FIRST_PAGE);
                }))
                .field("Address: job reference", value -> answers("caregiver",
                        () -> postings.liveByReference(value).stream().toList()))
                .field("Address: seat code", value -> answers("caregiver",
                        () -> orgChart.findByCode(value).stream().toList()))
                .report();
    }

    private static RequisitionFilter filter(String text, String department) {
        return RequisitionFilter.none().withDepartment(department).withText(text);
    }

    private static Outcome answers(String user, Supplier<? extends Collection<?>> search) {
        try {
            assertThat(As.user(user, search)).isNotNull();
            return Outcome.ANSWERED;
        } catch (DomainException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return Outcome.REFUSED;
        }
    }
}
