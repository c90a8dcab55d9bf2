package health.staffing.base.ui.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The upload limit holds on the server, whatever the browser was told and whatever the client declares. */
class BoundedUploadTest {

    private static final int LIMIT = 1024;

    private final List<byte[]> kept = new ArrayList<>();
    private final BoundedUpload handler = new BoundedUpload(LIMIT, (metadata, bytes) -> kept.add(bytes), message -> { });

    @Test
    void a_declared_size_above_the_limit_is_refused_before_a_byte_is_read() throws IOException {
        Endless body = new Endless();
        UploadEvent event = event(body, 5L * 1024 * 1024 * 1024);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(event.getRejectionMessage()).contains("larger than 1024 bytes");
        assertThat(body.read.get()).isZero();
        assertThat(kept).isEmpty();
    }

    @Test
    void an_undeclared_endless_body_is_read_to_the_limit_plus_one_byte_and_no_further() throws IOException {
        Endless body = new Endless();
        UploadEvent event = event(body, -1);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isTrue();
        assertThat(body.read.get()).isEqualTo(LIMIT + 1);
        assertThat(kept).isEmpty();
    }

    @Test
    void a_file_within_the_limit_is_kept_whole() throws IOException {
        UploadEvent event = event(new java.io.ByteArrayInputStream(new byte[LIMIT]), LIMIT);

        handler.handleUploadRequest(event);

        assertThat(event.isRejected()).isFalse();
        assertThat(kept).singleElement().satisfies(bytes -> assertThat(bytes).hasSize(LIMIT));
    }

    private static UploadEvent event(InputStream body, long declaredSize) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, null, null, "cv.pdf", declaredSize, "application/pdf", null, null);
    }

    /** A body that never ends and counts what was taken from it. */
    private static final class Endless extends InputStream {

        final AtomicLong read = new AtomicLong();

        @Override
        public int read() {
            read.incrementAndGet();
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            read.addAndGet(length);
            return length;
        }
    }
}
