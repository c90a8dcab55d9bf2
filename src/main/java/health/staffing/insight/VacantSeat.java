package health.staffing.insight;

import org.jspecify.annotations.Nullable;

/** A seat nobody holds today: since when (days), its retirement-risk flag and the open requisitions for it. */
public record VacantSeat(String code, String title, String organisationCode, @Nullable String department,
        long vacantDays, boolean retirementRisk, long openRequisitions) {
}
