package health.staffing.candidates;

/**
 * Stores an application's screening facts (does it meet the posting's criteria, when do its
 * credentials lapse) so the candidate grid can filter by them. The caller saves the application.
 * Implemented by the screening module, which also keeps the facts in step when a posting changes.
 */
public interface ApplicationScreening {

    void screen(JobApplication application);
}
