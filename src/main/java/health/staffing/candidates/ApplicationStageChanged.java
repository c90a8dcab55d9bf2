package health.staffing.candidates;

/** An application moved to another stage, published in the moving transaction (whoever moved it). */
public record ApplicationStageChanged(long applicationId, ApplicationStage to) {
}
