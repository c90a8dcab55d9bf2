package health.staffing.orgchart;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A seat in the org chart. Who holds it ({@link Incumbency}) and whom it reports to
 * ({@link ReportingLine}) are dated rows of their own, so a change can take effect on a future day
 * without touching the seat.
 */
@Entity
@Table(name = "org_position")
class Position extends AbstractEntity {

    static final BigDecimal MAX_FTE = BigDecimal.ONE;

    /** Stable business key, used by imports, exports and bookmarks ("MGB-MD-PCQ"). */
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(length = 200)
    private @Nullable String department;

    @Column(name = "location_city", length = 100)
    private @Nullable String locationCity;

    @Column(name = "location_state", length = 2)
    private @Nullable String locationState;

    @Column(nullable = false, precision = 3, scale = 2)
    private BigDecimal fte;

    /** The administrative share of {@link #fte}; the rest is clinical work. */
    @Column(name = "admin_fte", nullable = false, precision = 3, scale = 2)
    private BigDecimal adminFte;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "retired_from")
    private @Nullable LocalDate retiredFrom;

    /** The incumbent may retire soon (seed 003: "potential provider retirements"). */
    @Column(name = "retirement_risk", nullable = false)
    private boolean retirementRisk;

    @Column(name = "succession_note", length = 500)
    private @Nullable String successionNote;

    @ElementCollection
    @CollectionTable(name = "succession_candidate", joinColumns = @JoinColumn(name = "position_id"))
    private List<SuccessionCandidate> successors = new ArrayList<>();

    protected Position() {
    }

    Position(String code, String title, Organisation organisation, LocalDate activeFrom) {
        if (code == null || code.isBlank()) {
            throw new DomainException("A position needs a code.");
        }
        this.code = TextLimits.require("The position code", code, OrgChartLimits.MAX_CODE).trim();
        this.organisation = organisation;
        this.activeFrom = activeFrom;
        this.title = requireTitle(title);
        this.fte = BigDecimal.ONE;
        this.adminFte = BigDecimal.ONE;
    }

    /** Changes what the seat is; where it sits and who holds it change elsewhere. */
    void describe(String newTitle, @Nullable String newDepartment, @Nullable String city, @Nullable String state,
            @Nullable BigDecimal total, @Nullable BigDecimal administrative) {
        // Everything is checked before anything changes: a refused edit leaves the seat as it was.
        checkDescription(newTitle, newDepartment, city);
        PositionRules.state(state).ifPresent(problem -> {
            throw new DomainException(problem);
        });
        String normalisedState = state == null || state.isBlank() ? null : state.trim().toUpperCase();
        checkFte(total, administrative);
        this.title = requireTitle(newTitle);
        this.department = blankToNull(newDepartment);
        this.locationCity = blankToNull(city);
        this.locationState = normalisedState;
        changeFte(total, administrative);
    }

    /** Refuses, all at once, describing texts that are missing, too long for their columns or hold invisible characters. */
    static void checkDescription(@Nullable String title, @Nullable String department, @Nullable String city) {
        List<String> problems = Stream.of(PositionRules.title(title), PositionRules.department(department),
                PositionRules.city(city)).flatMap(Optional::stream).toList();
        if (!problems.isEmpty()) {
            throw new DomainException(String.join(" ", problems));
        }
    }

    /** Total FTE in (0, 1]; the administrative part between 0 and the total. */
    void changeFte(@Nullable BigDecimal total, @Nullable BigDecimal administrative) {
        checkFte(total, administrative);
        this.fte = Objects.requireNonNull(total, "checked above");
        this.adminFte = Objects.requireNonNull(administrative, "checked above");
    }

    private static void checkFte(@Nullable BigDecimal total, @Nullable BigDecimal administrative) {
        PositionRules.fte(total).or(() -> PositionRules.adminFte(total, administrative)).ifPresent(problem -> {
            throw new DomainException(problem);
        });
    }

    /** Retires the seat from the given day on. Reports must have been moved first (checked by the service). */
    void retire(LocalDate day) {
        if (retiredFrom != null && !retiredFrom.isAfter(day)) {
            throw new DomainException(title + " is already retired.");
        }
        if (!day.isAfter(activeFrom)) {
            throw new DomainException("A position can only be retired after the day it starts (" + activeFrom + ").");
        }
        this.retiredFrom = day;
    }

    void planSuccession(boolean atRisk, String note, List<SuccessionCandidate> candidates) {
        // Checked before anything changes: a refused note leaves the whole plan as it was.
        String checked = TextLimits.requireText("The succession note", note, OrgChartLimits.MAX_SUCCESSION_NOTE);
        this.retirementRisk = atRisk;
        this.successionNote = blankToNull(checked);
        successors.clear();
        successors.addAll(candidates);
    }

    boolean isActiveOn(LocalDate day) {
        return !activeFrom.isAfter(day) && (retiredFrom == null || retiredFrom.isAfter(day));
    }

    private static String requireTitle(@Nullable String title) {
        if (title == null || title.isBlank()) {
            throw new DomainException("A position needs a title.");
        }
        return TextLimits.require("The title", title, OrgChartLimits.MAX_TITLE).trim();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
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

    @Nullable String getDepartment() {
        return department;
    }

    @Nullable String getLocationCity() {
        return locationCity;
    }

    @Nullable String getLocationState() {
        return locationState;
    }

    BigDecimal getFte() {
        return fte;
    }

    BigDecimal getAdminFte() {
        return adminFte;
    }

    LocalDate getActiveFrom() {
        return activeFrom;
    }

    @Nullable LocalDate getRetiredFrom() {
        return retiredFrom;
    }

    boolean isRetirementRisk() {
        return retirementRisk;
    }

    @Nullable String getSuccessionNote() {
        return successionNote;
    }

    List<SuccessionCandidate> getSuccessors() {
        return List.copyOf(successors);
    }
}
