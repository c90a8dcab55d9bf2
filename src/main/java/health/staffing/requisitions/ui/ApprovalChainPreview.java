package health.staffing.requisitions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import health.staffing.requisitions.ApprovalPreview;
import java.util.List;

/**
 * The approval chain a requisition would run if submitted now, step by step with who decides;
 * steps that will not be asked are listed greyed with the reason (a threshold not reached, a vacant
 * dotted-line seat). Shown on the form and on a draft, so nobody submits blind.
 */
class ApprovalChainPreview extends Div {

    private final OrderedList steps = new OrderedList();
    private final Paragraph empty = new Paragraph();

    ApprovalChainPreview() {
        setId("approval-chain-preview");
        addClassName("approval-chain-preview");
        steps.addClassName("approval-chain-steps");
        empty.addClassName("panel-description");
        add(steps, empty);
    }

    void show(List<ApprovalPreview.Step> planned) {
        steps.removeAll();
        empty.setText(planned.isEmpty() ? "No approval chain is set up for this kind of requisition yet; an"
                + " administrator sets it under Administration → Approval chains." : "");
        empty.setVisible(planned.isEmpty());
        for (ApprovalPreview.Step step : planned) {
            Span what = new Span(step.label());
            what.addClassName("approval-chain-step");
            Span who = new Span(step.skippedBecause() == null ? " — " + step.approver()
                    : " — not asked: " + step.skippedBecause());
            who.addClassName("panel-description");
            ListItem item = new ListItem(what, who);
            if (step.skippedBecause() != null) {
                item.addClassName("skipped");
            }
            steps.add(item);
        }
    }
}
