package health.staffing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import health.staffing.base.TextLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every entry of the hostile corpus through each field of one form and keeps the tally: a
 * trial must end refused with a message (the value typed kept) or stored exactly; anything else —
 * an exception, a silent loss, a half-saved record — is a failure with the field and input named.
 */
public final class HostileTrials {

    /** How one trial ended: refused with a message, stored exactly, or (a search) answered without error. */
    public enum Outcome { REFUSED, STORED, ANSWERED }

    /** One field tried with one value; returns how it ended or throws what went wrong. */
    @FunctionalInterface
    public interface Trial {
        Outcome run(String value) throws Exception;
    }

    private final String form;
    private final List<String> failures = new ArrayList<>();
    private int fields;
    private int refused;
    private int stored;
    private int answered;
    private int inputCount;

    private HostileTrials(String form) {
        this.form = form;
    }

    public static HostileTrials of(String form) {
        return new HostileTrials(form);
    }

    /** What a free text is kept as: stripped, and nothing when only spaces of any kind were typed. */
    public static String kept(String value) {
        return TextLimits.isBlank(value) ? null : value.strip();
    }

    /** One trial in a transaction of its own, rolled back whatever happens: every trial starts from the seeds. */
    public static Outcome rolledBack(PlatformTransactionManager transactions, Supplier<Outcome> trial) {
        return new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return trial.get();
        });
    }

    public HostileTrials field(String name, Trial trial) {
        return field(name, HostileInputs.all(), trial);
    }

    /** Tries the field with part of the corpus only (what a keyboard can type, for instance). */
    public HostileTrials field(String name, List<HostileInputs.Input> inputs, Trial trial) {
        fields++;
        inputCount = inputs.size();
        for (HostileInputs.Input input : inputs) {
            try {
                switch (trial.run(input.value())) {
                    case STORED -> stored++;
                    case ANSWERED -> answered++;
                    case REFUSED -> refused++;
                }
            } catch (Exception | AssertionError wrong) {
                String message = wrong.getMessage() == null ? wrong.getClass().getSimpleName() : wrong.getMessage();
                failures.add(name + " ← " + input.name() + ": " + message.lines().map(String::strip)
                        .filter(line -> !line.isEmpty()).limit(3).reduce((a, b) -> a + " " + b).orElse(""));
            }
        }
        return this;
    }

    /** Prints the tally for the closing note and fails on any trial that went wrong. */
    public void report() {
        System.out.printf("Hostile inputs, %s: %d trials (%d fields × %d inputs): %d refused with a message, %d %s,"
                + " %d failed%n", form, refused + stored + answered + failures.size(), fields, inputCount,
                refused, stored + answered, answered > 0 ? "answered" : "stored exactly", failures.size());
        assertThat(failures).isEmpty();
    }
}
