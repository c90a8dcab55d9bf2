package health.staffing.requisitions;

import health.staffing.orgchart.OrgChartService;
import health.staffing.orgchart.OrganisationSummary;
import health.staffing.security.UserAccountService;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** A requisition as screens read it: with the display names of its people and its organisation's name. */
@Component
class RequisitionDetailsAssembler {

    private final UserAccountService accounts;
    private final OrgChartService orgChart;

    RequisitionDetailsAssembler(UserAccountService accounts, OrgChartService orgChart) {
        this.accounts = accounts;
        this.orgChart = orgChart;
    }

    RequisitionDetails of(Requisition r) {
        Map<String, String> names = accounts.displayNames(
                Stream.of(r.getHiringManager(), r.getRecruiter(), r.getRequestedBy()).collect(Collectors.toSet()));
        String organisationName = orgChart.organisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::code, Function.identity()))
                .getOrDefault(r.getOrganisationCode(), new OrganisationSummary(0, r.getOrganisationCode(),
                        r.getOrganisationCode(), null, null))
                .name();
        return new RequisitionDetails(r.getId(), r.getVersion(), r.getReference(), r.getKind(), r.getStatus(),
                r.getTitle(), r.getOrganisationCode(), organisationName, r.getDepartment(), r.getCategory(),
                r.getAddressLine(), r.getCity(), r.getState(), r.getPostalCode(), r.getWorkArrangement(),
                r.getDaysOnSite(), r.getEmploymentType(), r.getJobType(), r.getFte(), r.getAdminFte(),
                r.getSalaryMin(), r.getSalaryMax(), r.isAdjustedForFte(), r.getJustification(), r.getHiringManager(),
                names.get(r.getHiringManager()), r.getRecruiter(), names.get(r.getRecruiter()), r.getRequestedBy(),
                names.get(r.getRequestedBy()), r.getTargetStart(), r.getOpenings(), r.getCostCenter(),
                r.getPositionCode(), r.getManagerPositionCode(), r.getDottedLines(), r.getApprovalRound(),
                r.getSubmittedAt(), r.getCreatedAt(), r.getStatusChangedAt(), r.getClosingReason());
    }
}
