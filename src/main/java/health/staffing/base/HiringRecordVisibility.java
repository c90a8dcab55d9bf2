package health.staffing.base;

import java.util.Set;

/**
 * Which hiring-record audit events the signed-in person may read. Declared here, implemented by the
 * candidates feature (which knows the hiring team, candidacies and confidentiality), so the audit
 * trail never shows an application, a score or an offer to someone outside its scope. Without an
 * implementation nobody reads hiring-record events.
 */
public interface HiringRecordVisibility {

    /** The current viewer's filter over hiring-record events. */
    Scope forCurrentUser();

    /**
     * {@code seesHiringRecords} false: no hiring-record event at all. Otherwise every one except
     * those of the listed requisitions and applications.
     */
    record Scope(boolean seesHiringRecords, Set<Long> hiddenRequisitions, Set<Long> hiddenApplications) {

        public static final Scope NONE = new Scope(false, Set.of(), Set.of());

        public Scope {
            hiddenRequisitions = Set.copyOf(hiddenRequisitions);
            hiddenApplications = Set.copyOf(hiddenApplications);
        }
    }
}
