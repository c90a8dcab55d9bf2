package health.staffing.orgchart;

import health.staffing.base.AbstractEntity;
import health.staffing.base.DomainException;
import health.staffing.base.TextLimits;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * "Subordinate reports to superior" from {@code effectiveFrom} (inclusive) until
 * {@code effectiveTo} (exclusive; open-ended when null).
 */
@Entity
@Table(name = "reporting_line")
class ReportingLine extends AbstractEntity implements Dated {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subordinate_position_id")
    private Position subordinate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "superior_position_id")
    private Position superior;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportingLineKind kind;

    @Column(length = 100)
    private @Nullable String label;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private @Nullable LocalDate effectiveTo;

    /** The subordinate of a solid line, null for a dotted one: keeps one solid line per seat and start day (V18). */
    @Column(name = "solid_subordinate_id")
    private @Nullable Long solidSubordinateId;

    static final String DYAD_LABEL = "Dyad partner";

    protected ReportingLine() {
    }

    private ReportingLine(Position subordinate, Position superior, ReportingLineKind kind, @Nullable String label,
            LocalDate effectiveFrom) {
        if (subordinate.equals(superior)) {
            throw new DomainException("A position cannot report to itself.");
        }
        this.subordinate = subordinate;
        this.superior = superior;
        this.kind = kind;
        this.label = label;
        this.effectiveFrom = effectiveFrom;
        this.solidSubordinateId = kind == ReportingLineKind.SOLID ? subordinate.getId() : null;
    }

    static ReportingLine solid(Position subordinate, Position manager, LocalDate effectiveFrom) {
        return new ReportingLine(subordinate, manager, ReportingLineKind.SOLID, null, effectiveFrom);
    }

    static ReportingLine dotted(Position subordinate, Position partner, String label, LocalDate effectiveFrom) {
        if (label == null || label.isBlank()) {
            throw new DomainException("Name the dotted line, for example \"quality oversight\".");
        }
        TextLimits.require("The dotted line's purpose", label, OrgChartLimits.MAX_LINE_LABEL);
        return new ReportingLine(subordinate, partner, ReportingLineKind.DOTTED, label.trim(), effectiveFrom);
    }

    /** A dyad: two peers who lead together; stored once, from the seat it was added on, and read both ways. */
    static ReportingLine dyad(Position one, Position partner, @Nullable String label, LocalDate effectiveFrom) {
        String name = label == null || label.isBlank() ? DYAD_LABEL : label.strip();
        TextLimits.require("The dyad's name", name, OrgChartLimits.MAX_LINE_LABEL);
        if (one.equals(partner)) {
            throw new DomainException("A position cannot be its own dyad partner.");
        }
        return new ReportingLine(one, partner, ReportingLineKind.DYAD, name, effectiveFrom);
    }

    Position getSubordinate() {
        return subordinate;
    }

    Position getSuperior() {
        return superior;
    }

    ReportingLineKind getKind() {
        return kind;
    }

    @Nullable String getLabel() {
        return label;
    }

    @Override
    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    @Override
    public @Nullable LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    @Override
    public void endOn(LocalDate day) {
        this.effectiveTo = Dated.checkedEnd(this, day);
    }
}
