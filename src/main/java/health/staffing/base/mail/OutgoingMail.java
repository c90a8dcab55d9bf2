package health.staffing.base.mail;

import org.jspecify.annotations.Nullable;

/**
 * One rendered mail as the outbox stores it: everything the dispatcher needs to send it without
 * reading anything else or knowing who asked. The portal composes these from fields that are
 * already limited, so a value past its column is a programming error, refused here before it
 * could fail the decision's transaction in the database.
 *
 * @param kind what it is about (for the log and metrics), e.g. {@code NOTIFICATION}
 * @param unsubscribe the link mail programs show as "Unsubscribe", or {@code null}
 * @param attachment a text attachment (an interview's {@code invite.ics}), or {@code null}
 */
public record OutgoingMail(String kind, String to, String subject, String body, @Nullable String unsubscribe,
        @Nullable Attachment attachment) {

    /** Column widths of {@code mail_outbox} (V36). */
    static final int MAX_KIND = 30;
    static final int MAX_TO = 320;
    static final int MAX_SUBJECT = 998;
    public static final int MAX_BODY = 200_000;
    static final int MAX_UNSUBSCRIBE = 1000;

    /** A text attachment such as a calendar invitation. */
    public record Attachment(String name, String contentType, String content) {

        static final int MAX_NAME = 100;
        static final int MAX_TYPE = 200;
        static final int MAX_CONTENT = 100_000;

        public Attachment {
            within("attachment name", name, MAX_NAME);
            within("attachment type", contentType, MAX_TYPE);
            within("attachment", content, MAX_CONTENT);
        }
    }

    public OutgoingMail {
        within("kind", kind, MAX_KIND);
        within("recipient", to, MAX_TO);
        within("subject", subject, MAX_SUBJECT);
        within("body", body, MAX_BODY);
        if (unsubscribe != null) {
            within("unsubscribe link", unsubscribe, MAX_UNSUBSCRIBE);
        }
        if (to.isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient");
        }
        // A subject carries names and titles people typed. The forms refuse line breaks in them, but a header
        // never holds one, whatever its source: CR or LF would start a header of its own ("Bcc: …").
        subject = subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    /** A plain-text mail without attachment or unsubscribe link. */
    public static OutgoingMail text(String kind, String to, String subject, String body) {
        return new OutgoingMail(kind, to, subject, body, null, null);
    }

    private static void within(String what, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException("A mail's " + what + " holds at most " + max + " characters, not "
                    + value.length());
        }
    }
}
