package health.staffing.candidates;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code portal.applications.max-upload-bytes}: the largest CV or cover letter accepted (default 10 MB). */
@ConfigurationProperties("portal.applications")
public record ApplicationsProperties(Long maxUploadBytes) {

    public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    public ApplicationsProperties {
        if (maxUploadBytes == null || maxUploadBytes <= 0) {
            maxUploadBytes = DEFAULT_MAX_UPLOAD_BYTES;
        }
    }
}
