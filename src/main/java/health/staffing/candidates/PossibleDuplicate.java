package health.staffing.candidates;

import health.staffing.base.DomainException;

/**
 * The person HR is adding looks like someone already known: the same name and the same phone
 * number or NPI. HR checks the listed records and adds them anyway only if it is someone else.
 */
public class PossibleDuplicate extends DomainException {

    public PossibleDuplicate(String userMessage) {
        super(userMessage);
    }
}
