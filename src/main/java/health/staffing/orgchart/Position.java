package health.staffing.orgchart;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A seat in the org chart. Its reporting lines live in {@link ReportingLine}, so a move can take
 * effect on a future date without touching the seat itself.
 */
@Entity
@Table(name = "org_position")
class Position extends AbstractEntity {

    static final BigDecimal MAX_FTE = BigDecimal.ONE;

    /** Stable business key, used by imports, exports and bookmarks ("MGB-PC-QUAL"). */
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(length = 200)
    private String department;

    @Column(name = "location_city", length = 100)
    private String locationCity;

    @Column(name = "location_state", length = 2)
    private String locationState;

    @Column(nullable = false, precision = 3, scale = 2)
    private BigDecimal fte;

    /** The administrative share of {@link #fte}; the rest is clinical work. */
    @Column(name = "admin_fte", nullable = false, precision = 3, scale = 2)
    private BigDecimal adminFte;

    /** The employee in the seat, by id (people is another feature); {@code null} when vacant. */
    @Column(name = "incumbent_employee_id")
    private Long incumbentEmployeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PositionStatus status = PositionStatus.ACTIVE;

    protected Position() {
    }

    Position(String code, String title, Organisation organisation, String department, String locationCity,
            String locationState, BigDecimal fte, BigDecimal adminFte) {
        if (code == null || code.isBlank()) {
            throw new DomainException("A position needs a code.");
        }
        if (title == null || title.isBlank()) {
            throw new DomainException("A position needs a title.");
        }
        this.code = code.trim();
        this.title = title.trim();
        this.organisation = organisation;
        this.department = department;
        this.locationCity = locationCity;
        this.locationState = locationState;
        changeFte(fte, adminFte);
    }

    /** Total FTE in (0, 1]; the administrative part between 0 and the total. */
    void changeFte(BigDecimal total, BigDecimal administrative) {
        if (total == null || total.signum() <= 0 || total.compareTo(MAX_FTE) > 0) {
            throw new DomainException("FTE must be more than 0 and at most 1.0.");
        }
        if (administrative == null || administrative.signum() < 0 || administrative.compareTo(total) > 0) {
            throw new DomainException("Administrative FTE must be between 0 and the total FTE (" + total + ").");
        }
        this.fte = total;
        this.adminFte = administrative;
    }

    void assignIncumbent(Long employeeId) {
        if (status == PositionStatus.RETIRED) {
            throw new DomainException("Position " + code + " is retired and cannot have an incumbent.");
        }
        this.incumbentEmployeeId = employeeId;
    }

    boolean isVacant() {
        return incumbentEmployeeId == null;
    }

    String getCode() {
        return code;
    }

    String getTitle() {
        return title;
    }

    Organisation getOrganisation() {
        return organisation;
    }

    String getDepartment() {
        return department;
    }

    BigDecimal getFte() {
        return fte;
    }

    BigDecimal getAdminFte() {
        return adminFte;
    }

    Long getIncumbentEmployeeId() {
        return incumbentEmployeeId;
    }

    String getLocation() {
        if (locationCity == null) {
            return locationState;
        }
        return locationState == null ? locationCity : locationCity + ", " + locationState;
    }
}
