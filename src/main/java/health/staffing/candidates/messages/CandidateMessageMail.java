package health.staffing.candidates.messages;

/** The email of a message to an external candidate, sent by {@link CandidateMessageMailer} after the commit. */
record CandidateMessageMail(String address, String subject, String body) {
}
