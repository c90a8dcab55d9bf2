package health.staffing.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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

    private final List<Process> processes = new ArrayList<>();
    private final Path directory = Path.of("target", "outbox-crash-drill").toAbsolutePath();

    @AfterEach
    void stopProcesses() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void a_mail_committed_before_a_kill_minus_nine_is_sent_after_the_restart() throws Exception {
        FileSystemUtils.deleteRecursively(directory);
        Files.createDirectories(directory);
        String database = "jdbc:h2:file:" + directory.resolve("portal") + ";LOCK_TIMEOUT=10000";

        try (HangingMailServer hanging = new HangingMailServer("Crash drill")) {
            Path firstLog = directory.resolve("first.log");
            Process first = start(firstLog, database, hanging.port(), "--drill.decide");
            await(() -> contains(firstLog, OutboxCrashDrill.COMMITTED), "the decision committed", first, firstLog);
            assertThat(hanging.drillReceived.await(60, TimeUnit.SECONDS))
                    .as("the outbox sent the drill's mail to the first server\n" + tail(firstLog)).isTrue();

            first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no goodbye
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        }

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            Path secondLog = directory.resolve("second.log");
            Process second = start(secondLog, database, smtp.getSmtp().getPort());
            await(() -> drillMails(smtp) > 0, "the drill's mail sent after the restart", second, secondLog);
            Thread.sleep(1000); // a second copy would come with the same batch
            assertThat(drillMails(smtp)).isEqualTo(1);
        } finally {
            smtp.stop();
        }
    }

    private Process start(Path log, String database, int smtpPort, String... extra) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), OutboxCrashDrill.class.getName(),
                "--spring.profiles.active=demo", "--server.port=0", "--spring.datasource.url=" + database,
                "--portal.demo.history=false", "--portal.job-alerts.schedule=false",
                "--portal.mail.enabled=true", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--portal.mail.outbox.schedule=true", "--portal.mail.outbox.poll=PT0.2S",
                "--spring.main.banner-mode=off", "--logging.level.root=warn"));
        command.addAll(Arrays.asList(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return process;
    }

    private static void await(BooleanSupplier condition, String what, Process process, Path log)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(START);
        while (!condition.getAsBoolean()) {
            assertThat(process.isAlive()).as("the portal stopped before " + what + "\n" + tail(log)).isTrue();
            assertThat(Instant.now()).as("waited for " + what + "\n" + tail(log)).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static boolean contains(Path log, String marker) {
        try {
            return Files.exists(log) && Files.readString(log).contains(marker);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
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
