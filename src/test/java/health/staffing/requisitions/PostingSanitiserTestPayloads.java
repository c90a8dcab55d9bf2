package health.staffing.requisitions;

import java.util.List;

/** The payloads of {@link PostingSanitiserTest}, for tests in other packages. */
public final class PostingSanitiserTestPayloads {

    public static final List<String> ALL = PostingSanitiserTest.payloads();

    private PostingSanitiserTestPayloads() {
    }
}
