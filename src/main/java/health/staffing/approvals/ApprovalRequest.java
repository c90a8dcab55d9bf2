package health.staffing.approvals;

import health.staffing.base.AbstractEntity;
import health.staffing.requisitions.RequisitionKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One approval round of one requisition with the snapshot its approvers see. Never changed after routing. */
@Entity
@Table(name = "approval_request")
class ApprovalRequest extends AbstractEntity {

    @Column(name = "requisition_id", nullable = false)
    private long requisitionId;
    @Column(nullable = false)
    private int round;
    private String reference;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequisitionKind kind;
    @Column(nullable = false)
    private String title;
    @Column(name = "organisation_code")
    private @Nullable String organisationCode;
    @Column(name = "organisation_name")
    private @Nullable String organisationName;
    private String department;
    private String location;
    private BigDecimal fte;
    @Column(name = "admin_fte")
    private @Nullable BigDecimal adminFte;
    @Column(name = "salary_min")
    private @Nullable BigDecimal salaryMin;
    @Column(name = "salary_max")
    private @Nullable BigDecimal salaryMax;
    @Column(name = "adjusted_for_fte", nullable = false)
    private boolean adjustedForFte;
    @Column(nullable = false)
    private int openings;
    @Column(name = "budget_min")
    private @Nullable BigDecimal budgetMin;
    @Column(name = "budget_max")
    private @Nullable BigDecimal budgetMax;
    @Column(length = 4000)
    private @Nullable String justification;
    /** The posting draft's typed qualifications when submitted, in words (V20); null when none was typed. */
    @Column(length = 2000)
    private @Nullable String qualifications;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_by_name")
    private @Nullable String requestedByName;
    @Column(name = "hiring_manager")
    private @Nullable String hiringManager;
    @Column(name = "hiring_manager_name")
    private @Nullable String hiringManagerName;
    @Column(name = "position_code")
    private @Nullable String positionCode;
    @Column(name = "manager_position_code")
    private @Nullable String managerPositionCode;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "approval_request_dotted_line", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "line_index")
    private List<Line> dottedLines = new ArrayList<>();

    protected ApprovalRequest() {
    }

    ApprovalRequest(RequisitionSnapshot snapshot) {
        this.requisitionId = snapshot.requisitionId();
        this.round = snapshot.round();
        this.reference = snapshot.reference();
        this.kind = snapshot.kind();
        this.title = snapshot.title();
        this.organisationCode = snapshot.organisationCode();
        this.organisationName = snapshot.organisationName();
        this.department = snapshot.department();
        this.location = snapshot.location();
        this.fte = snapshot.fte();
        this.adminFte = snapshot.adminFte();
        this.salaryMin = snapshot.salaryMin();
        this.salaryMax = snapshot.salaryMax();
        this.adjustedForFte = snapshot.adjustedForFte();
        this.openings = snapshot.openings();
        this.budgetMin = snapshot.budgetMin();
        this.budgetMax = snapshot.budgetMax();
        this.justification = snapshot.justification() == null ? null
                : StepPlanner.truncate(snapshot.justification(), 4000);
        this.requestedBy = snapshot.requestedBy();
        this.requestedByName = snapshot.requestedByName();
        this.hiringManager = snapshot.hiringManager();
        this.hiringManagerName = snapshot.hiringManagerName();
        this.positionCode = snapshot.positionCode();
        this.managerPositionCode = snapshot.managerPositionCode();
        this.submittedAt = snapshot.submittedAt();
        this.qualifications = snapshot.qualifications() == null ? null
                : StepPlanner.truncate(snapshot.qualifications(), 2000);
        snapshot.dottedLines().forEach(line -> dottedLines.add(new Line(line)));
    }

    long requisitionId() {
        return requisitionId;
    }

    String reference() {
        return reference;
    }

    int round() {
        return round;
    }

    String title() {
        return title;
    }

    String requestedBy() {
        return requestedBy;
    }

    @Nullable String hiringManager() {
        return hiringManager;
    }

    /** Requester and hiring manager: segregation of duties keeps both away from every step. */
    boolean involves(String username) {
        return username != null && (username.equals(requestedBy) || username.equals(hiringManager));
    }

    RequisitionSnapshot toSnapshot() {
        return new RequisitionSnapshot(requisitionId, round, reference, kind, title, organisationCode,
                organisationName, department, location, fte, adminFte, salaryMin, salaryMax, adjustedForFte, openings,
                budgetMin, budgetMax, justification, requestedBy, requestedByName, hiringManager, hiringManagerName,
                positionCode, managerPositionCode, dottedLines.stream().map(Line::toSnapshot).toList(), submittedAt,
                qualifications);
    }

    @Embeddable
    static class Line {

        @Column(name = "position_code", nullable = false)
        private String positionCode;
        @Column(name = "position_title")
        private @Nullable String positionTitle;
        private String label;

        protected Line() {
        }

        Line(DottedLineSnapshot line) {
            this.positionCode = line.positionCode();
            this.positionTitle = line.positionTitle();
            this.label = line.label();
        }

        DottedLineSnapshot toSnapshot() {
            return new DottedLineSnapshot(positionCode, positionTitle, label);
        }
    }
}
