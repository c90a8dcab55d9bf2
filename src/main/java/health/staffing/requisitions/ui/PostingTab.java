package health.staffing.requisitions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import health.staffing.requisitions.ConflictOfInterest;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionStatus;
import health.staffing.requisitions.RequisitionTab;
import health.staffing.security.AppRoles;
import health.staffing.security.CurrentUser;
import java.util.EnumSet;
import java.util.Set;

/**
 * The "Posting" tab of the requisition detail: HR's editor once the requisition is approved, and
 * the live posting (read only) for everyone else who may see the requisition once it is posted.
 * The editor is built when the tab is first shown, so merely opening the requisition does not start
 * a posting.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(10)
class PostingTab implements RequisitionTab {

    private static final Set<RequisitionStatus> FOR_HR = EnumSet.of(RequisitionStatus.APPROVED,
            RequisitionStatus.POSTED, RequisitionStatus.ON_HOLD, RequisitionStatus.PENDING_APPROVAL);

    /** HR writes the posting from the draft on: approvers read its qualifications before deciding. */
    private static final Set<RequisitionStatus> EDITABLE = EnumSet.of(RequisitionStatus.DRAFT,
            RequisitionStatus.CHANGES_REQUESTED, RequisitionStatus.PENDING_APPROVAL, RequisitionStatus.APPROVED,
            RequisitionStatus.POSTED);

    private final PostingService postings;
    private final ConflictOfInterest conflicts;

    PostingTab(PostingService postings, ConflictOfInterest conflicts) {
        this.postings = postings;
        this.conflicts = conflicts;
    }

    @Override
    public String key() {
        return "posting";
    }

    @Override
    public String label() {
        return "Posting";
    }

    @Override
    public boolean appliesTo(RequisitionDetails requisition) {
        if (isHr()) {
            if (conflicts.ofCurrentUser().contains(requisition.id())) {
                return false; // a candidate on it does not write its posting
            }
            return EDITABLE.contains(requisition.status())
                    || (FOR_HR.contains(requisition.status()) && postings.find(requisition.id()).isPresent());
        }
        return requisition.status() == RequisitionStatus.POSTED;
    }

    @Override
    public com.vaadin.flow.component.Component content(RequisitionDetails requisition, Runnable onChange) {
        Div holder = new Div();
        holder.setWidthFull();
        holder.addAttachListener(attached -> {
            if (holder.getChildren().findAny().isPresent()) {
                return;
            }
            if (isHr()) {
                PostingEditor editor = new PostingEditor(postings, requisition.id());
                editor.setOnPublished(onChange);
                holder.add(editor);
            } else {
                PostingPreview preview = new PostingPreview();
                postings.live(requisition.id()).ifPresentOrElse(live -> {
                    preview.show(live.document());
                    holder.add(preview);
                }, () -> holder.add(new Paragraph("The posting is not published.")));
            }
        });
        return holder;
    }

    private static boolean isHr() {
        return CurrentUser.roles().contains(AppRoles.RECRUITER) || CurrentUser.roles().contains(AppRoles.ADMIN);
    }
}
