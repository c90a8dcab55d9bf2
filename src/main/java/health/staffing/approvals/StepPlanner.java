package health.staffing.approvals;

import health.staffing.base.Money;
import health.staffing.security.AppRoles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a chain and the facts of one requisition into the ordered steps of a round. Pure: no
 * database, no security, no clock, so every routing rule is a plain unit test.
 * <ul>
 * <li>Threshold steps whose condition does not hold are kept as skipped, with the reason.</li>
 * <li>Matrix: each dotted-line partner seat becomes a consulted step for its incumbent, inserted
 * before the last CMO office step that applies (before the last applying step when the chain has no
 * CMO office step); a vacant seat, an incumbent without an account, or an incumbent who requested or
 * hires for the requisition gives a skipped consulted step that says so.</li>
 * <li>Consecutive applying steps for the same approver (the same role, or the same person) are one
 * decision: the CMO office signs a high-salary new position once, under both labels. Skipped steps
 * between them do not separate them, since nobody is asked for those.</li>
 * </ul>
 */
final class StepPlanner {

    private StepPlanner() {
    }

    static List<PlannedStep> plan(RoutingFacts facts) {
        List<PlannedStep> steps = new ArrayList<>();
        for (ChainStep step : facts.chain()) {
            String role = step.role();
            String approver = role != null ? AppRoles.label(role)
                    : Objects.requireNonNull(step.username(), "a step names a role or a person");
            String skipped = step.appliesTo(facts.salaryMax()) ? null : thresholdReason(step, facts);
            addCollapsing(steps, new PlannedStep(step.label(), step.role(), step.username(), approver, false, skipped));
        }
        List<PlannedStep> consulted = consultedSteps(facts);
        steps.addAll(insertionIndex(steps), consulted);
        return List.copyOf(steps);
    }

    /** Adds a step, or folds it into the last applying step when the same approver decides both. */
    private static void addCollapsing(List<PlannedStep> steps, PlannedStep step) {
        if (!step.skipped()) {
            for (int i = steps.size() - 1; i >= 0; i--) {
                PlannedStep previous = steps.get(i);
                if (previous.skipped()) {
                    continue;
                }
                if (Objects.equals(previous.role(), step.role()) && Objects.equals(previous.username(), step.username())) {
                    steps.set(i, new PlannedStep(truncate(previous.label() + " + " + step.label(), 100),
                            previous.role(), previous.username(), previous.approverName(), false, null));
                    return;
                }
                break;
            }
        }
        steps.add(step);
    }

    private static String thresholdReason(ChainStep step, RoutingFacts facts) {
        return facts.salaryMax() == null
                ? "no salary maximum given; applies only above " + Money.text(step.salaryAbove())
                : "salary maximum " + Money.text(facts.salaryMax()) + " is not above "
                        + Money.text(step.salaryAbove());
    }

    private static List<PlannedStep> consultedSteps(RoutingFacts facts) {
        Map<String, RoutingFacts.Partner> byCode = new LinkedHashMap<>();
        facts.partners().forEach(partner -> byCode.putIfAbsent(partner.positionCode(), partner));
        List<PlannedStep> steps = new ArrayList<>();
        for (RoutingFacts.Partner partner : byCode.values()) {
            String label = truncate("Consulted: " + partner.positionTitle()
                    + (partner.label() == null ? "" : " (" + partner.label() + ")"), 100);
            String approver = partner.displayName() != null ? partner.displayName()
                    : partner.incumbentName() != null ? partner.incumbentName() : partner.positionTitle();
            String skipped = null;
            if (partner.incumbentName() == null) {
                skipped = "the dotted-line seat " + partner.positionTitle() + " is vacant";
            } else if (partner.username() == null) {
                skipped = partner.incumbentName() + " (" + partner.positionTitle() + ") has no portal account";
            } else if (Objects.equals(partner.username(), facts.requestedBy())
                    || Objects.equals(partner.username(), facts.hiringManager())) {
                skipped = approver + " requested or hires for this requisition";
            }
            steps.add(new PlannedStep(label, null, skipped == null ? partner.username() : null, approver, true,
                    skipped));
        }
        return steps;
    }

    private static int insertionIndex(List<PlannedStep> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!steps.get(i).skipped() && AppRoles.CMO_OFFICE.equals(steps.get(i).role())) {
                return i;
            }
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!steps.get(i).skipped()) {
                return i;
            }
        }
        return steps.size();
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
