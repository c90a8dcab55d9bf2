package health.staffing.candidates;

import health.staffing.base.DomainException;

/** The person (by email address) is already a candidate for this requisition; the screen shows it at the email. */
public class AlreadyACandidate extends DomainException {

    public AlreadyACandidate(String userMessage) {
        super(userMessage);
    }
}
