package health.staffing.requisitions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequisitionTeamTest {

    private final RequisitionTeam team = new RequisitionTeam(7, "102619", "Senior Director of Medical Directors",
            "admin", "manager", "recruiter");

    @Test
    void whoever_runs_the_requisition_is_told_why_they_cannot_apply() {
        assertThat(team.whyNotApply("manager")).contains(
                "You run this requisition (as its hiring manager); ask HR to reassign it before you apply.");
        assertThat(team.whyNotApply("recruiter")).contains(
                "You run this requisition (as its recruiter); ask HR to reassign it before you apply.");
        assertThat(team.whyNotApply("caregiver")).isEmpty();
        assertThat(team.whyNotApply(null)).isEmpty();
    }

    @Test
    void a_requester_never_applies_as_nobody_can_reassign_who_requested_it() {
        RequisitionTeam requestedByTheManager = new RequisitionTeam(7, "102619", "Title", "manager", "manager",
                "recruiter");

        assertThat(requestedByTheManager.whyNotApply("manager"))
                .contains("You requested this requisition, so you cannot apply to it (conflict of interest).");
        assertThat(team.whyNotApply("admin")).isPresent();
        assertThat(team.whyNotApply("talent")).isEmpty();
    }
}
