package health.staffing.insight;

/** Where applications came from (internal, external; referrals are counted among both) and how many were hired. */
public record SourceFigure(String key, String label, long applications, long hired) {
}
