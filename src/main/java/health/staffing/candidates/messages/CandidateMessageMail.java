package health.staffing.candidates.messages;

/** The email of a message to an external candidate, queued by {@link CandidateMessageMailer} in the sending transaction. */
record CandidateMessageMail(String address, String subject, String body) {
}
