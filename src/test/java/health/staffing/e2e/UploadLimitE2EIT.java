package health.staffing.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hostile client posts a 300 MB "CV" straight to the apply page's upload address, past the
 * browser's 10 MB limit. The server must refuse it without holding it: the bytes allocated by the
 * whole JVM while it answers stay far below the body's size, and the heap after a full GC does not
 * grow by it. Prints the figures.
 */
class UploadLimitE2EIT extends BrowserJourney {

    private static final long BODY = 300L * 1024 * 1024;

    @Test
    void a_body_far_over_the_limit_is_refused_without_being_held_in_memory() throws Exception {
        PortalShell portal = LoginPage.open(browser, baseUrl()).signInAs("caregiver", PASSWORD);
        portal.goTo("/jobs/102619/apply");
        portal.waitForContent("vaadin-upload");
        String target = (String) browser.driver.executeScript("return document.querySelector('vaadin-upload').target");
        String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();

        for (boolean declared : List.of(true, false)) {
            long heapBefore = heapAfterGc();
            long allocatedBefore = allocated();
            HttpResponse<String> answer = post(target, session, declared, BODY);
            long allocated = allocated() - allocatedBefore;
            long heapAfter = heapAfterGc();

            System.out.printf("Upload limit: %d MB posted (limit 10 MB, %s): answer %d, %.1f MB allocated by the JVM"
                    + " while answering, heap after GC %.1f MB before and %.1f MB after%n", BODY >> 20,
                    declared ? "Content-Length declared" : "chunked, no length", answer.statusCode(),
                    allocated / 1048576.0, heapBefore / 1048576.0, heapAfter / 1048576.0);
            assertThat(allocated).isLessThan(BODY / 4);
            assertThat(heapAfter - heapBefore).isLessThan(BODY / 10);
        }
        // Over the CV limit but under the request limit (21 MB): the upload handler refuses it (BoundedUploadTest);
        // what the server allocates is bounded by the request limit, whatever the body claims.
        long overCvLimit = 15L * 1024 * 1024;
        long allocatedBefore = allocated();
        HttpResponse<String> answer = post(target, session, false, overCvLimit);
        long allocated = allocated() - allocatedBefore;
        System.out.printf("Upload limit: 15 MB posted (CV limit 10 MB, request limit 21 MB): answer %d, %.1f MB"
                + " allocated%n", answer.statusCode(), allocated / 1048576.0);
        assertThat(allocated).isLessThan(BODY / 3);
        assertThat(answer.statusCode()).as("a refusal, not a server error").isLessThan(500);
        // Within the limit, the same address takes a real-sized CV: the limit is the portal's, not a default's.
        assertThat(post(target, session, true, 5L * 1024 * 1024).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String target, String session, boolean declared, long size)
            throws IOException, InterruptedException {
        String boundary = "portal-hostile-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length = head.length + size + tail.length;
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/" + target))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(declared ? HttpRequest.BodyPublishers.fromPublisher(body(head, tail, size), length) : body(head, tail, size))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException closedEarly) {
            // The server may close the connection as soon as it has refused: that is a refusal too.
            return new Refused();
        }
    }

    private static HttpRequest.BodyPublisher body(byte[] head, byte[] tail, long size) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                List.of(new ByteArrayInputStream(head), new Pdfish(size), new ByteArrayInputStream(tail)))));
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    /** A PDF header and then filler, as many bytes as asked, made on the fly so the test holds none of them. */
    private static final class Pdfish extends InputStream {

        private static final byte[] MAGIC = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long position;

        Pdfish(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            int next = position < MAGIC.length ? MAGIC[(int) position] : 'x';
            position++;
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = position < MAGIC.length ? MAGIC[(int) position] : (byte) 'x';
                position++;
            }
            return count;
        }
    }

    /** Stands for an answer the server cut short by closing the connection. */
    private static final class Refused implements HttpResponse<String> {
        @Override public int statusCode() { return 0; }
        @Override public HttpRequest request() { return null; }
        @Override public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        @Override public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true); }
        @Override public String body() { return ""; }
        @Override public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        @Override public URI uri() { return null; }
        @Override public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }
}
