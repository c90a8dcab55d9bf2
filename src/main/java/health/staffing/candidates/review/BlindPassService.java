package health.staffing.candidates.review;

import health.staffing.base.DomainException;
import health.staffing.candidates.HiringAccess;
import health.staffing.requisitions.RequisitionService;
import health.staffing.requisitions.RequisitionTeam;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The switch of a requisition's blind first pass (names, documents and licence numbers hidden from the
 * hiring team until screening, {@link BlindReview}): the hiring team reads it, HR sets it.
 */
@Service
@PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
public class BlindPassService {

    private final BlindReview blind;
    private final HiringAccess access;
    private final RequisitionService requisitions;

    BlindPassService(BlindReview blind, HiringAccess access, RequisitionService requisitions) {
        this.blind = blind;
        this.access = access;
        this.requisitions = requisitions;
    }

    /** Whether the requisition's applications are reviewed blind until screening (for those who review them). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('RECRUITER', 'HIRING_MANAGER')")
    public boolean blindFirstPass(long requisitionId) {
        if (!access.viewer().reviews(requisitionId)) {
            throw new DomainException("There is no requisition " + requisitionId + ".");
        }
        return blind.isOn(requisitionId);
    }

    /** HR turns the blind first pass of a requisition on or off. Audited. */
    @Transactional
    @PreAuthorize("hasRole('RECRUITER')")
    public void setBlindFirstPass(long requisitionId, boolean on) {
        String reference = requisitions.team(requisitionId).map(RequisitionTeam::reference)
                .orElseThrow(() -> new DomainException("There is no requisition " + requisitionId + "."));
        access.checkNotCandidate(access.viewer(), requisitionId, reference, "change how its candidates are reviewed");
        blind.set(requisitionId, on);
    }
}
