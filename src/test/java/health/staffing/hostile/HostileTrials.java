package health.staffing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

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
