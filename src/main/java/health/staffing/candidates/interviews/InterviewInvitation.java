package health.staffing.candidates.interviews;

/**
 * One email about an interview (an invitation, an update or a cancellation) with its calendar
 * file, published inside the scheduling transaction and queued by {@link InterviewMailer} in the mail
 * outbox of that transaction: a rollback sends nothing. Everything is resolved beforehand, so sending reads nothing.
 */
record InterviewInvitation(String address, String displayName, String subject, String body, String calendar,
        String method) {
}
