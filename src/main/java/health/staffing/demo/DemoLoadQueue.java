package health.staffing.demo;

import health.staffing.candidates.ApplicationForm;
import health.staffing.candidates.ExternalCandidateForm;
import health.staffing.candidates.ExternalCandidateService;
import health.staffing.requisitions.Degree;
import health.staffing.requisitions.PostingService;
import health.staffing.requisitions.PublishedPosting;
import health.staffing.requisitions.RequisitionDetails;
import health.staffing.requisitions.RequisitionForm;
import health.staffing.requisitions.RequisitionService;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Work waiting for the load benchmark's approvers and recruiters ({@code bench/load.sh}): that many more
 * new seats submitted for approval, and that many external applicants at stage "applied" on the live
 * postings, made through the services like the rest of the demo. Off (0) unless
 * {@code portal.demo.load-queue} is set.
 */
@Component
@Profile("demo")
class DemoLoadQueue {

    private final RequisitionService requisitions;
    private final PostingService postings;
    private final ExternalCandidateService external;
    private final DemoRequisitions seats;
    private final int size;

    DemoLoadQueue(RequisitionService requisitions, PostingService postings, ExternalCandidateService external,
            DemoRequisitions seats, @Value("${portal.demo.load-queue:0}") int size) {
        this.requisitions = requisitions;
        this.postings = postings;
        this.external = external;
        this.seats = seats;
        this.size = size;
    }

    void load() {
        if (size <= 0) {
            return;
        }
        for (int i = 1; i <= size; i++) {
            RequisitionForm seat = seats.newSeat("Medical Director, Care Redesign " + i, "MGB-ACMO-PC",
                    "Primary Care", "0.50", "250000", "300000");
            seat.setJustification("Load benchmark: a seat waiting for its approval chain.");
            DemoActors.as("manager", () -> {
                RequisitionDetails draft = requisitions.create(seat);
                return requisitions.submit(draft.id(), draft.version());
            });
        }
        List<PublishedPosting> live = DemoActors.as("recruiter", () -> postings.livePostings("", PageRequest.of(0, 50)));
        for (int i = 1; i <= size; i++) {
            String reference = live.get(i % live.size()).reference();
            ExternalCandidateForm applicant = new ExternalCandidateForm("Applicant", "Number " + i,
                    "applicant" + i + "@load.example.org", null, new ApplicationForm(
                            DemoApplications.cv("cv.pdf", "Applicant Number " + i), null, Set.of(Degree.MD),
                            List.of(), List.of(), null, 8, 2, 0));
            DemoActors.as("recruiter", () -> external.add(reference, applicant));
        }
    }
}
