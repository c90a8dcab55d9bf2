package health.staffing.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import health.staffing.PortalProcess;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A mail survives the portal being killed (SIGKILL) after the decision committed and while its mail
 * was being sent: a real process on a file database, a mail server that takes the message and never
 * answers, {@code kill -9}, then a fresh process that sends it to a working server (GreenMail). The
 * outbox sends at least once: the first server got the text but the portal never heard it was taken,
 * so it is sent again (never lost, possibly twice).
 */
class OutboxCrashIT {

    private static final Duration START = Duration.ofSeconds(180);

    private final List<PortalProcess> processes = new ArrayList<>();
    private final Path directory = Path.of("target", "outbox-crash-drill").toAbsolutePath();

    @AfterEach
    void stopProcesses() {
        processes.forEach(PortalProcess::close);
    }

    @Test
    void a_mail_committed_before_a_kill_minus_nine_is_sent_after_the_restart() throws Exception {
        FileSystemUtils.deleteRecursively(directory);
        Files.createDirectories(directory);
        // H2 writes commits to its file up to half a second later (WRITE_DELAY), so a kill -9 can take the last
        // ones with it; PostgreSQL, the production database, is durable at commit. The drill asks H2 for that too.
        String database = "jdbc:h2:file:" + directory.resolve("portal") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";

        try (HangingMailServer hanging = new HangingMailServer("Crash drill")) {
            PortalProcess first = start("first.log", database, hanging.port(), "--drill.decide");
            first.await(() -> first.logContains(OutboxCrashDrill.COMMITTED), "the decision committed", START);
            assertThat(hanging.drillReceived.await(60, TimeUnit.SECONDS))
                    .as("the outbox sent the drill's mail to the first server\n" + first.tail()).isTrue();

            assertThat(first.kill()).as("killed by SIGKILL").isEqualTo(137);
        }

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            PortalProcess second = start("second.log", database, smtp.getSmtp().getPort());
            second.await(() -> drillMails(smtp) > 0, "the drill's mail sent after the restart", START);
            Thread.sleep(1000); // a second copy would come with the same batch
            assertThat(drillMails(smtp)).isEqualTo(1);
        } finally {
            smtp.stop();
        }
    }

    private PortalProcess start(String log, String database, int smtpPort, String... extra) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo", "--server.port=0",
                "--spring.datasource.url=" + database, "--portal.demo.history=false",
                "--portal.job-alerts.schedule=false", "--portal.mail.enabled=true", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort, "--portal.mail.outbox.schedule=true",
                "--portal.mail.outbox.poll=PT0.2S", "--logging.level.root=warn"));
        arguments.addAll(Arrays.asList(extra));
        PortalProcess process = PortalProcess.start(directory.resolve(log), OutboxCrashDrill.class.getName(),
                arguments);
        processes.add(process);
        return process;
    }

    private static long drillMails(GreenMail smtp) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> subject(message)
                .equals("[Staffing Portal] " + OutboxCrashDrill.SUBJECT)).count();
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Speaks just enough SMTP to take messages; the one whose text contains {@code hangOn} it reads
     * to the end and never acknowledges, so the sender is mid-send when the test kills it.
     */
    private static final class HangingMailServer implements AutoCloseable {

        final CountDownLatch drillReceived = new CountDownLatch(1);
        private final ServerSocket socket = new ServerSocket(0);
        private final String hangOn;
        private final List<Socket> clients = new ArrayList<>();

        HangingMailServer(String hangOn) throws IOException {
            this.hangOn = hangOn;
            Thread.ofVirtual().start(this::accept);
        }

        int port() {
            return socket.getLocalPort();
        }

        private void accept() {
            try {
                while (!socket.isClosed()) {
                    Socket client = socket.accept();
                    synchronized (clients) {
                        clients.add(client);
                    }
                    Thread.ofVirtual().start(() -> converse(client));
                }
            } catch (IOException closed) {
                // the test is over
            }
        }

        private void converse(Socket client) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
                reply(out, "220 hanging.example.org ESMTP");
                String line;
                while ((line = in.readLine()) != null) {
                    String verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                    switch (verb) {
                        case "EHLO", "HELO" -> reply(out, "250 hanging.example.org");
                        case "DATA" -> {
                            reply(out, "354 go ahead");
                            StringBuilder text = new StringBuilder();
                            while ((line = in.readLine()) != null && !line.equals(".")) {
                                text.append(line).append('\n');
                            }
                            if (text.toString().contains(hangOn)) {
                                drillReceived.countDown();
                                Thread.sleep(Long.MAX_VALUE); // taken, never acknowledged
                            }
                            reply(out, "250 taken");
                        }
                        case "QUIT" -> {
                            reply(out, "221 bye");
                            return;
                        }
                        default -> reply(out, "250 ok");
                    }
                }
            } catch (IOException | InterruptedException gone) {
                // the portal was killed or the test is over
            }
        }

        private static void reply(OutputStream out, String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (clients) {
                for (Socket client : clients) {
                    client.close();
                }
            }
        }
    }
}
