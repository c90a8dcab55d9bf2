package health.staffing.requisitions;

import java.util.Set;

/**
 * Where a person is a candidate. Declared here and implemented by the candidates feature, so
 * requisitions and approvals can refuse a candidate acting on their own requisition without
 * depending on candidates (decision 10).
 */
public interface Candidacies {

    /**
     * The requisitions on which the person with this user name is a candidate: they applied, or HR
     * added them (an external record with their work address counts), whatever the stage now.
     */
    Set<Long> requisitionsOf(String username);
}
