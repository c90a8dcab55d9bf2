package health.staffing.base;

/**
 * A business rule said no. The message is written for the person who tried, is safe to show in
 * the UI, and says what to do instead.
 */
public class DomainException extends RuntimeException {

    public DomainException(String userMessage) {
        super(userMessage);
    }

    /** Never null: every refusal says why. */
    @Override
    public String getMessage() {
        return String.valueOf(super.getMessage());
    }
}
