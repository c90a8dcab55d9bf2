package health.staffing;

import health.staffing.orgchart.SeatRequisitions;
import health.staffing.orgchart.SeatRequisitions.SeatRequisition;
import health.staffing.security.SystemActor;
import java.util.List;

/**
 * The demo organisation's five seed postings ({@code shared/seeds/000–004}), named by what they are, so a
 * test says which job it works on instead of searching the job board for a title. Each seed fills one seat
 * of the demo chart; the test finds the seed's live requisition through that seat, which no wording change
 * of a posting can break.
 */
public enum DemoSeed {

    /** Seed 000: Sr. Medical Director, CMG, Chief of Medical Management (Worcester, MA; internal first). */
    CMG_CHIEF_OF_MEDICAL_MANAGEMENT("000", "CMG-SMD-CMM"),
    /** Seed 001: Senior Medical Director, Value-Based Care (Worcester, MA; 0.6 administrative FTE). */
    CMG_VALUE_BASED_CARE_DIRECTOR("001", "CMG-SMD-VBC"),
    /**
     * Seed 002: Medical Director for Quality, Primary Care (Somerville, MA; MD or DO, 5 years clinical,
     * 0.5 FTE minimum; hiring manager Maya Okafor). Most candidate tests apply here.
     */
    PRIMARY_CARE_QUALITY_DIRECTOR("002", "MGB-MD-PCQ"),
    /** Seed 003: Executive Director, Middlesex Medical Group (Middletown, CT; bachelor's, 10 years). */
    MIDDLESEX_EXECUTIVE_DIRECTOR("003", "MH-ED-MG"),
    /** Seed 004: Senior Director of Medical Directors, utilization management (New York; job ref 102619). */
    UTILIZATION_MANAGEMENT_SENIOR_DIRECTOR("004", "MPH-SDMD-UM");

    private final String number;
    private final String seatCode;

    DemoSeed(String number, String seatCode) {
        this.number = number;
        this.seatCode = seatCode;
    }

    /** The seed's number in {@code shared/seeds}, e.g. "002". */
    public String number() {
        return number;
    }

    public String seatCode() {
        return seatCode;
    }

    /** The job reference of the seed's open requisition. */
    public String reference(SeatRequisitions seats) {
        return requisition(seats).reference();
    }

    public long requisitionId(SeatRequisitions seats) {
        return requisition(seats).id();
    }

    private SeatRequisition requisition(SeatRequisitions seats) {
        SeatRequisition found = SystemActor.call(() -> seats.openFor(List.of(seatCode))).get(seatCode);
        if (found == null) {
            throw new IllegalStateException("The demo data has no open requisition for seed seat " + seatCode);
        }
        return found;
    }
}
