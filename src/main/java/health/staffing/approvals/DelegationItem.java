package health.staffing.approvals;

import java.time.LocalDate;

/** A delegation the signed-in user gave ({@code given}) or received. */
public record DelegationItem(long id, String delegator, String delegatorName, String delegate, String delegateName,
        LocalDate validFrom, LocalDate validTo, boolean active, boolean given) {
}
